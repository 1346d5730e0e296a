namespace Wijkpeil.App.Modules.Programmes.Contracts;

/// <summary>
/// A programme as a form, the API (JSON) or the CLI sends it: the whole definition, every list in display order.
/// Field paths in problems follow these names in camelCase, e.g. <c>focusAreas[1].members[0]</c>.
/// </summary>
/// <param name="Slug">The address name, e.g. <c>vitale-wijken</c>.</param>
/// <param name="Name">The programme's name.</param>
/// <param name="Description">Markdown; optional.</param>
/// <param name="Pillars">The pillars in display order.</param>
/// <param name="FocusAreas">The focus areas.</param>
/// <param name="ReferenceAreas">
/// The areas every focus area is compared with, in order. Null means the default: the provincie of each focus
/// area's gemeente, then Nederland (NL00). Each focus area's own gemeente is always a reference and is not listed.
/// </param>
/// <param name="Kernset">The core indicators; within a pillar shown in the order given.</param>
/// <param name="Waves">The measurement rounds in order.</param>
public sealed record ProgrammeDefinition(
    string? Slug,
    string? Name,
    string? Description,
    IReadOnlyList<PillarDefinition>? Pillars,
    IReadOnlyList<FocusAreaDefinition>? FocusAreas,
    IReadOnlyList<string>? ReferenceAreas,
    IReadOnlyList<KernsetDefinition>? Kernset,
    IReadOnlyList<WaveDefinition>? Waves)
{
    /// <summary>
    /// A stored programme as a definition: what the API's GET and <c>wijkpeil programmes show --json</c> answer, and so
    /// what PUT and <c>programmes edit</c> take back unchanged. Reference areas are listed as stored.
    /// </summary>
    public static ProgrammeDefinition From(ProgrammeDetails programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeDefinition(
            programme.Slug,
            programme.Name,
            programme.Description,
            [.. programme.Pillars.OrderBy(p => p.Order).Select(p => new PillarDefinition(p.Number, p.NameNl, p.NameEn))],
            [.. programme.FocusAreas.Select(f => new FocusAreaDefinition(f.Slug, f.Name, [.. f.Members.Select(m => m.Value)]))],
            [.. programme.ReferenceAreas.Select(r => r.Value)],
            [.. programme.Kernset.Select(k => new KernsetDefinition(k.IndicatorCode, k.BreakdownCode, k.PillarNumber))],
            [.. programme.Waves.OrderBy(w => w.Order).Select(w => new WaveDefinition(w.Slug, w.Name, [.. w.Sources.Select(s => new WaveSourceDefinition(s.SourceTable, s.PeriodCode))]))]);
    }
}

/// <param name="Number">The number projects and stories refer to (1 or higher).</param>
/// <param name="NameNl">The Dutch name.</param>
/// <param name="NameEn">The English name; the Dutch one when left out.</param>
public sealed record PillarDefinition(int Number, string? NameNl, string? NameEn);

/// <param name="Slug">The address name, e.g. <c>batau</c>.</param>
/// <param name="Name">The focus area's name.</param>
/// <param name="Members">One or more wijk (WK) or buurt (BU) codes of one gemeente.</param>
public sealed record FocusAreaDefinition(string? Slug, string? Name, IReadOnlyList<string>? Members);

/// <param name="Indicator">The indicator's code in the catalogue.</param>
/// <param name="Breakdown">The breakdown shown, e.g. <c>18+</c>; the total when left out.</param>
/// <param name="Pillar">The pillar's number.</param>
public sealed record KernsetDefinition(string? Indicator, string? Breakdown, int Pillar);

/// <param name="Slug">The address name, e.g. <c>meting-2020</c>.</param>
/// <param name="Name">The wave's name, e.g. Meting 2020.</param>
/// <param name="Sources">Per source table the period; when two feed one indicator, the first listed wins.</param>
public sealed record WaveDefinition(string? Slug, string? Name, IReadOnlyList<WaveSourceDefinition>? Sources);

/// <param name="SourceTable">The source table as imports store it, e.g. <c>50090NED</c>, <c>kwb</c>, <c>statline-csv</c>.</param>
/// <param name="Period">The period code, e.g. <c>2020</c>.</param>
public sealed record WaveSourceDefinition(string? SourceTable, string? Period);
