using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// Which cached public pages a change of published figures makes stale (<see cref="CacheTags"/>): each area and each
/// indicator the changed figures belong to; <see cref="CacheTags.Figures"/> instead of the areas when there are more
/// than <see cref="CacheTags.MaxAreaTags"/>; <see cref="CacheTags.All"/> when the register or the catalogue grew (new
/// areas and indicators show up in lists everywhere; rare: the first import of a table).
/// </summary>
internal static class FigureChangeTags
{
    /// <summary>The tags of a publication worked out inside the write transaction (rows with stored ids).</summary>
    public static Task<List<string>> OfAsync(ImportRegister registry, PublicationWrite write, CancellationToken ct)
    {
        if (write.Register.AreasAdded > 0 || write.Register.IndicatorsAdded > 0 || write.Register.LayoutsExtended > 0)
        {
            return Task.FromResult<List<string>>([CacheTags.All]);
        }

        var areaIds = new HashSet<int>();
        var indicatorIds = new HashSet<int>();
        foreach (var row in write.Inserts)
        {
            areaIds.Add(row.Key.AreaId);
            indicatorIds.Add(row.Key.IndicatorId);
        }

        foreach (var (_, row) in write.Updates)
        {
            areaIds.Add(row.Key.AreaId);
            indicatorIds.Add(row.Key.IndicatorId);
        }

        return TagsAsync(registry, areaIds, indicatorIds, ct);
    }

    /// <summary>The tags of a batch's current public figures (before it is withdrawn).</summary>
    public static async Task<List<string>> OfBatchAsync(WijkpeilDbContext db, ImportRegister registry, int batchId, CancellationToken ct)
    {
        var figures = db.Observations.Where(o => o.ImportBatchId == batchId);
        var areaIds = await figures.Select(o => o.AreaId).Distinct().ToListAsync(ct);
        var indicatorIds = await figures.Select(o => o.IndicatorId).Distinct().ToListAsync(ct);
        return await TagsAsync(registry, areaIds, indicatorIds, ct);
    }

    private static async Task<List<string>> TagsAsync(ImportRegister registry, IReadOnlyCollection<int> areaIds, IReadOnlyCollection<int> indicatorIds, CancellationToken ct)
    {
        var ids = indicatorIds.ToList();
        var tags = await registry.Indicators.Indicators.Where(i => ids.Contains(i.Id)).Select(i => i.Code).ToListAsync(ct);
        tags = [.. tags.Select(CacheTags.Indicator)];
        if (areaIds.Count > CacheTags.MaxAreaTags)
        {
            tags.Add(CacheTags.Figures);
        }
        else if (areaIds.Count > 0)
        {
            var areas = areaIds.ToList();
            var codes = await registry.Areas.Areas.Where(a => areas.Contains(a.Id)).Select(a => a.Code).ToListAsync(ct);
            tags.AddRange(codes.Select(c => CacheTags.Area(c.Value)));
        }

        return tags;
    }
}
