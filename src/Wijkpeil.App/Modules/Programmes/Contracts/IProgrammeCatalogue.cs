using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes.Contracts;

/// <summary>
/// What other modules may read about programmes. Every answer is a plain record (never an EF entity) and covers all
/// programmes, never "the first one".
/// </summary>
public interface IProgrammeCatalogue
{
    /// <summary>Every programme, by name.</summary>
    Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>A programme's whole definition by its slug; null when there is none.</summary>
    Task<ProgrammeDetails?> GetAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>
    /// The focus areas, of every programme, that have one of <paramref name="areaCodes"/> as a member, each with all
    /// its members; ordered by programme name, then focus-area name.
    /// </summary>
    Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasContainingAsync(IReadOnlyCollection<AreaCode> areaCodes, CancellationToken cancellationToken = default);

    /// <summary>
    /// The focus areas of every programme, or only of the programme <paramref name="programmeSlug"/> names (none when
    /// there is no such programme), each with all its members; ordered by programme name, then focus-area name. Answered
    /// with the other definitions (one database command per scope at most), without the rest of each definition.
    /// </summary>
    Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasAsync(string? programmeSlug = null, CancellationToken cancellationToken = default);

    /// <summary>A programme's kernset grouped per pillar, pillars and entries in display order; empty when there is no such programme.</summary>
    Task<IReadOnlyList<PillarKernset>> KernsetAsync(string programmeSlug, CancellationToken cancellationToken = default);

    /// <summary>A programme's waves in order, each with its sources; empty when there is no such programme.</summary>
    Task<IReadOnlyList<WaveDetails>> WavesAsync(string programmeSlug, CancellationToken cancellationToken = default);

    /// <summary>
    /// The period wave <paramref name="waveSlug"/> takes for each of <paramref name="indicatorIds"/>: the wave's first listed
    /// source among the indicator's source mappings decides. Indicators the wave has no source for are left out.
    /// </summary>
    Task<IReadOnlyDictionary<int, string>> WavePeriodsAsync(string programmeSlug, string waveSlug, IReadOnlyCollection<int> indicatorIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The whole definitions of the programmes named by <paramref name="slugs"/> (unknown slugs are left out), ordered by
    /// name; read in one database command, so that a page can afford it on every cold request.
    /// </summary>
    Task<IReadOnlyList<ProgrammeDetails>> DetailsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default);

    /// <summary>
    /// The whole definitions of every programme that includes one of <paramref name="areaCodes"/>: as a focus-area member,
    /// as a focus area's gemeente or as a reference area. Pass an area with its ancestors to get the programmes an area
    /// page shows. Ordered by name; one database command.
    /// </summary>
    Task<IReadOnlyList<ProgrammeDetails>> IncludingAreasAsync(IReadOnlyCollection<AreaCode> areaCodes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Where indicators sit in the programmes' kernsets: per programme, pillar and breakdown; all indicators when
    /// <paramref name="indicatorIds"/> is null. Ordered by programme slug, then kernset order.
    /// </summary>
    Task<IReadOnlyList<KernsetPlace>> KernsetPlacesAsync(IReadOnlyCollection<int>? indicatorIds, CancellationToken cancellationToken = default);
}

/// <summary>A kernset entry with its programme and pillar, for pages about indicators.</summary>
public sealed record KernsetPlace(string ProgrammeSlug, int IndicatorId, PillarDetails Pillar, string BreakdownCode, int Order);

/// <summary>A programme in a list.</summary>
public sealed record ProgrammeSummary(int Id, string Slug, string Name, string? Description);

/// <summary>A programme's whole definition, each list in display order.</summary>
public sealed record ProgrammeDetails(
    int Id,
    string Slug,
    string Name,
    string? Description,
    IReadOnlyList<PillarDetails> Pillars,
    IReadOnlyList<FocusAreaDetails> FocusAreas,
    IReadOnlyList<AreaCode> ReferenceAreas,
    IReadOnlyList<KernsetEntry> Kernset,
    IReadOnlyList<WaveDetails> Waves);

/// <summary>A pillar: the number projects and stories refer to, and its names.</summary>
public sealed record PillarDetails(int Number, string NameNl, string NameEn, int Order);

/// <summary>A focus area: its slug, name, gemeente and member wijken/buurten (sorted).</summary>
public sealed record FocusAreaDetails(string Slug, string Name, AreaCode Municipality, IReadOnlyList<AreaCode> Members);

/// <summary>A focus area together with the programme it belongs to.</summary>
public sealed record ProgrammeFocusArea(int ProgrammeId, string ProgrammeSlug, string ProgrammeName, FocusAreaDetails FocusArea);

/// <summary>One kernset entry: the indicator (id and code), the breakdown, its pillar and its order within the pillar.</summary>
public sealed record KernsetEntry(int IndicatorId, string IndicatorCode, string BreakdownCode, int PillarNumber, int Order);

/// <summary>A pillar with its kernset entries.</summary>
public sealed record PillarKernset(PillarDetails Pillar, IReadOnlyList<KernsetEntry> Entries);

/// <summary>A wave with its sources in listed order (the first wins when two feed one indicator).</summary>
public sealed record WaveDetails(string Slug, string Name, int Order, IReadOnlyList<WaveSourceDetails> Sources)
{
    /// <summary>
    /// The period this wave takes for an indicator fed by <paramref name="indicatorSourceTables"/>: that of the first
    /// listed source the indicator has, or null when the wave has none of them (the rule of <see cref="IProgrammeCatalogue.WavePeriodsAsync"/>).
    /// </summary>
    public string? PeriodFor(IEnumerable<string> indicatorSourceTables)
    {
        var tables = indicatorSourceTables.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Sources.FirstOrDefault(s => tables.Contains(s.SourceTable))?.PeriodCode;
    }
}

/// <summary>One source of a wave: the source table as imports store it, and the period code.</summary>
public sealed record WaveSourceDetails(string SourceTable, string PeriodCode);
