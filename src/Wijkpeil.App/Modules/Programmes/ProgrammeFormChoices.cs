using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>
/// What the programme form offers to choose from: the catalogue's indicators, the breakdowns, source tables and
/// periods, and the reference areas' suggestions (Nederland, the provincies and gemeenten).
/// </summary>
public sealed record ProgrammeChoices(
    IReadOnlyList<(string Code, string NameNl, string NameEn)> Indicators,
    IReadOnlyList<(string Code, string NameNl, string NameEn)> Breakdowns,
    IReadOnlyList<string> SourceTables,
    IReadOnlyList<string> Periods,
    IReadOnlyList<AreaHit> ReferenceSuggestions)
{
    public static ProgrammeChoices None { get; } = new([], [], [], [], []);
}

/// <summary>Reads <see cref="ProgrammeChoices"/>; the catalogue and these lists are small (hundreds at most).</summary>
public sealed class ProgrammeFormChoices(IIndicatorCatalogue catalogue, IObservationReader observations, IAreaSearch areas)
{
    public async Task<ProgrammeChoices> LoadAsync(CancellationToken ct)
    {
        // Only described indicators in use can join a kernset: one an import created is not public, a retired one is out of use.
        var indicators = await catalogue.Indicators.Where(i => i.IsCurated && !i.IsRetired).OrderBy(i => i.Code).Select(i => new { i.Code, i.NameNl, i.NameEn }).ToListAsync(ct);
        var breakdowns = await observations.Breakdowns.OrderBy(b => b.Code).Select(b => new { b.Code, b.NameNl, b.NameEn }).ToListAsync(ct);
        var tables = await catalogue.SourceKeys.Select(m => m.SourceTable).Distinct().OrderBy(t => t).ToListAsync(ct);
        var periods = await observations.Periods.Select(p => p.Code).OrderBy(c => c).ToListAsync(ct);
        return new ProgrammeChoices(
            [.. indicators.Select(i => (i.Code, i.NameNl, i.NameEn))],
            [.. breakdowns.Select(b => (b.Code, b.NameNl, b.NameEn))],
            tables,
            periods,
            await areas.SuggestionsAsync(Pages.ProgrammeAreaSearch.References, ct));
    }
}
