using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>Reads the indicator catalogue for the API, the CLI and the public pages.</summary>
public sealed class IndicatorQueries(WijkpeilDbContext db, IIndicatorPlaces places)
{
    /// <summary>
    /// The indicators of <paramref name="listing"/>, ordered by code (ordinal, the same on every database), with their
    /// places in every programme's kernset.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorSummary>> ListAsync(IndicatorListing listing, CancellationToken ct)
    {
        var wanted = listing == IndicatorListing.All ? db.Indicators : db.Indicators.Where(i => i.IsCurated && i.RetiredAt == null);
        var indicators = await IndicatorCatalogue.DescribeAsync(db, wanted, ct);
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
                    i.SourceMappings,
                    i.SourceKind,
                    i.RetiredAt)),
        ];
    }
}

/// <summary>Which indicators a list shows.</summary>
public enum IndicatorListing
{
    /// <summary>The public catalogue: described indicators that are not retired.</summary>
    Public,

    /// <summary>Every indicator, the ones an import created and the retired ones too (the management page and the CLI).</summary>
    All,
}
