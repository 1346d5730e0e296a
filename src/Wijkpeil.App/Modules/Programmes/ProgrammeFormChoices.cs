using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>What the programme form offers to choose from: the catalogue's indicators, the breakdowns, source tables and periods.</summary>
public sealed record ProgrammeChoices(
    IReadOnlyList<(string Code, string NameNl, string NameEn)> Indicators,
    IReadOnlyList<(string Code, string NameNl, string NameEn)> Breakdowns,
    IReadOnlyList<string> SourceTables,
    IReadOnlyList<string> Periods);

/// <summary>Reads <see cref="ProgrammeChoices"/>; the catalogue and these lists are small (hundreds at most).</summary>
public sealed class ProgrammeFormChoices(WijkpeilDbContext db)
{
    public async Task<ProgrammeChoices> LoadAsync(CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).Select(i => new { i.Code, i.NameNl, i.NameEn }).ToListAsync(ct);
        var breakdowns = await db.Breakdowns.AsNoTracking().OrderBy(b => b.Code).Select(b => new { b.Code, b.NameNl, b.NameEn }).ToListAsync(ct);
        var tables = await db.IndicatorSourceMappings.AsNoTracking().Select(m => m.SourceTable).Distinct().OrderBy(t => t).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking().Select(p => p.Code).OrderBy(c => c).ToListAsync(ct);
        return new ProgrammeChoices(
            [.. indicators.Select(i => (i.Code, i.NameNl, i.NameEn))],
            [.. breakdowns.Select(b => (b.Code, b.NameNl, b.NameEn))],
            tables,
            periods);
    }
}
