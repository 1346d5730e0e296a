using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>Reads the indicator catalogue for the API, the CLI and the public pages.</summary>
public sealed class IndicatorQueries(WijkpeilDbContext db, IIndicatorPlaces places)
{
    /// <summary>Every indicator, ordered by code (ordinal, the same on every database), with its places in every programme's kernset.</summary>
    public async Task<IReadOnlyList<IndicatorSummary>> ListAsync(CancellationToken ct)
    {
        var indicators = await IndicatorCatalogue.DescribeAsync(db, db.Indicators, ct);
        var pillars = (await places.AllAsync(ct))
            .GroupBy(p => p.IndicatorId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Pillar).ToList());

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
                    pillars.GetValueOrDefault(i.Id) ?? [],
                    i.SourceMappings)),
        ];
    }
}
