using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Programmes;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>Reads the indicator catalogue for the API, the CLI and the public pages.</summary>
public sealed class IndicatorQueries(WijkpeilDbContext db)
{
    /// <summary>Every indicator, ordered by code (ordinal, the same on every database).</summary>
    public async Task<IReadOnlyList<IndicatorSummary>> ListAsync(CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Select(i => new
            {
                i.Id,
                i.Code,
                i.NameNl,
                i.NameEn,
                i.DefinitionNl,
                i.DefinitionEn,
                i.Unit,
                i.Kind,
                i.Polarity,
                i.Source,
                i.PopulationGroup,
                i.IsCurated,
                Mappings = i.SourceMappings.Select(m => new IndicatorSourceKey(m.SourceTable, m.MeasureKey)).ToList(),
            })
            .ToListAsync(ct);

        // Programmes, pillars and kernset entries number in the tens: join them here.
        var programmes = await db.Programmes.AsNoTracking()
            .Include(p => p.Pillars)
            .Include(p => p.CoreIndicators)
            .AsSplitQuery()
            .ToListAsync(ct);
        var pillarsByIndicator = programmes
            .SelectMany(p => p.CoreIndicators.Select(c => (c.IndicatorId, c.Order, Pillar: Place(p.Code, p.Pillars.Single(pl => pl.Number == c.PillarNumber), c.BreakdownCode))))
            .GroupBy(x => x.IndicatorId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Pillar.ProgrammeCode, StringComparer.Ordinal).ThenBy(x => x.Order).Select(x => x.Pillar).ToList());

        return
        [
            .. indicators
                .OrderBy(i => i.Code, StringComparer.Ordinal)
                .Select(i => new IndicatorSummary(
                    i.Code,
                    i.NameNl,
                    i.NameEn,
                    i.DefinitionNl,
                    i.DefinitionEn,
                    i.Unit,
                    i.Kind,
                    i.Polarity,
                    i.Source,
                    i.PopulationGroup,
                    i.IsCurated,
                    pillarsByIndicator.GetValueOrDefault(i.Id) ?? [],
                    [.. i.Mappings.OrderBy(m => m.Table, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal)])),
        ];
    }

    private static IndicatorPillar Place(string programmeCode, Domain.Programmes.Pillar pillar, string breakdown) =>
        new(programmeCode, pillar.Number, pillar.NameNl, pillar.NameEn, breakdown);
}
