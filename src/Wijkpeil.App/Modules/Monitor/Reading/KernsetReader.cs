using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// Reads programmes' kernsets for the monitor's pages, with what the pages need about each indicator: one read of the
/// indicators (with their source tables, to place them in waves) and one of the breakdowns, for all programmes together.
/// </summary>
public sealed class KernsetReader(IIndicatorCatalogue indicatorCatalogue, IObservationReader observations, PageCacheTags pageTags)
{
    /// <summary>The kernsets of these programmes, in their order; the page carries their cache tags and that of the figures.</summary>
    internal async Task<List<Kernset>> KernsetsAsync(IReadOnlyList<ProgrammeDetails> programmes, CancellationToken ct)
    {
        if (programmes.Count == 0)
        {
            return [];
        }

        pageTags.Add(programmes.Select(p => CacheTags.Programme(p.Slug)));
        pageTags.Add(CacheTags.Figures);
        var descriptions = await indicatorCatalogue.DescribeAsync([.. programmes.SelectMany(p => p.Kernset).Select(k => k.IndicatorId).Distinct()], ct);
        var indicators = descriptions.Values.ToDictionary(d => d.Id, d => IndicatorInfo.Of(d, descriptions));
        var rows = await observations.Breakdowns.Select(b => new { b.Id, b.Code, b.NameNl, b.NameEn }).ToListAsync(ct);
        var breakdowns = rows.ToDictionary(b => b.Code, b => b.Id, StringComparer.Ordinal);
        var names = rows.ToDictionary(b => b.Code, b => new BreakdownTitle(b.NameNl, b.NameEn), StringComparer.Ordinal);

        // A ratio's denominator may be published only for the total (crimes of a kind per 1.000 inhabitants).
        if (breakdowns.TryGetValue(Breakdown.TotalCode, out var total))
        {
            indicators = indicators.ToDictionary(kv => kv.Key, kv => kv.Value.Ratio is { } ratio ? kv.Value with { Ratio = ratio with { TotalBreakdownId = total } } : kv.Value);
        }

        return [.. programmes.Select(programme => new Kernset(
            programme.Slug,
            programme.Name,
            [.. programme.Pillars.Select(p => new PillarRef(p.Number, p.NameNl, p.NameEn))],
            [.. programme.Kernset
                .Where(c => indicators.ContainsKey(c.IndicatorId))
                .Select(c => new KernsetIndicator(c.PillarNumber, indicators[c.IndicatorId], c.BreakdownCode, breakdowns.TryGetValue(c.BreakdownCode, out var id) ? id : null))],
            programme.FocusAreas,
            programme.ReferenceAreas,
            programme.Waves)
        {
            BreakdownNames = names,
        })];
    }
}

/// <summary>
/// An indicator as the monitor's pages show it, with the source tables that place it in a wave, whether its figures are
/// survey estimates or register counts, and for a derived indicator the ratio with its parts' ids.
/// </summary>
internal sealed record IndicatorInfo(int Id, IndicatorSummary Summary, IReadOnlyList<string> SourceTables, RatioParts? Ratio = null)
{
    public SourceKind SourceKind => Summary.SourceKind;

    /// <summary>The indicators whose figures a page reads for this one: itself, and a derived one's parts.</summary>
    public IEnumerable<int> FigureIds => Ratio is { } ratio ? [Id, ratio.NumeratorId, ratio.DenominatorId] : [Id];

    public IndicatorKind Kind => Summary.Kind;

    public Polarity Polarity => Summary.Polarity;

    /// <summary>
    /// A register count without a ratio: an area's figure is the sum of its parts' (a wijk's of its buurten, a focus
    /// area's of its wijken). Survey estimates, percentages and means never are.
    /// </summary>
    public bool SumsOverAreas => Kind == IndicatorKind.Count && SourceKind == SourceKind.Register && Ratio is null;

    /// <summary>
    /// The indicator. A derived one without source tables of its own takes its numerator's for its place in a wave,
    /// when the numerator is among <paramref name="described"/> (the kernset's indicators read with it).
    /// </summary>
    public static IndicatorInfo Of(IndicatorDescription i, IReadOnlyDictionary<int, IndicatorDescription> described)
    {
        var ratio = i is { Ratio: { } r, RatioNumeratorId: { } numerator, RatioDenominatorId: { } denominator } ? new RatioParts(r, numerator, denominator) : null;
        var own = i.SourceMappings.Count > 0 || ratio is null || !described.TryGetValue(ratio.NumeratorId, out var top) ? i : top;
        return new IndicatorInfo(
            i.Id,
            new IndicatorSummary(i.Code, i.NameNl, i.NameEn, i.DefinitionNl, i.DefinitionEn, i.Unit, i.Kind, i.Polarity, i.Source, i.PopulationGroup, i.SourceKind),
            [.. own.SourceMappings.Select(m => m.Table).Distinct(StringComparer.Ordinal)],
            ratio);
    }
}

/// <summary>A derived indicator's ratio with the ids of the indicators it names.</summary>
/// <param name="TotalBreakdownId">The total breakdown, where the denominator is read when it has no figure of the numerator's breakdown.</param>
internal sealed record RatioParts(IndicatorRatio Ratio, int NumeratorId, int DenominatorId, int? TotalBreakdownId = null);

/// <summary>A kernset indicator; <see cref="BreakdownId"/> is null while no figure of its breakdown exists.</summary>
internal sealed record KernsetIndicator(int PillarNumber, IndicatorInfo Indicator, string BreakdownCode, int? BreakdownId);

/// <summary>A programme's definition as the monitor's queries use it: its kernset with the indicators described.</summary>
internal sealed record Kernset(
    string Code,
    string Name,
    IReadOnlyList<PillarRef> Pillars,
    IReadOnlyList<KernsetIndicator> Entries,
    IReadOnlyList<FocusAreaDetails> FocusAreas,
    IReadOnlyList<AreaCode> ReferenceAreas,
    IReadOnlyList<WaveDetails> Waves)
{
    public IEnumerable<KernsetIndicator> EntriesOf(PillarRef pillar) => Entries.Where(e => e.PillarNumber == pillar.Number);

    /// <summary>Every breakdown's name by code ("0.0.0": "Totaal misdrijven"), for the pages' captions.</summary>
    public IReadOnlyDictionary<string, BreakdownTitle> BreakdownNames { get; init; } = new Dictionary<string, BreakdownTitle>();

    /// <summary>The period wave <paramref name="wave"/> takes for the entry's indicator, through its source tables; null when none.</summary>
    public static string? PeriodIn(WaveDetails wave, KernsetIndicator entry) => wave.PeriodFor(entry.Indicator.SourceTables);
}
