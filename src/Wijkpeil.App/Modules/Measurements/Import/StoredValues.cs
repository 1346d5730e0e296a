using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>The published figures an import or a review compares a file's values with.</summary>
internal static class StoredValues
{
    /// <summary>Every stored figure of the given indicators, periods and breakdowns, by key.</summary>
    public static async Task<Dictionary<ObservationKey, StoredObservation>> LoadAsync(WijkpeilDbContext db, IReadOnlyCollection<int> indicatorIds, IReadOnlyCollection<int> periodIds, IReadOnlyCollection<int> breakdownIds, CancellationToken cancellationToken)
    {
        if (indicatorIds.Count == 0 || periodIds.Count == 0 || breakdownIds.Count == 0)
        {
            return [];
        }

        var indicators = indicatorIds.ToList();
        var periods = periodIds.ToList();
        var breakdowns = breakdownIds.ToList();
        var rows = await db.Observations.AsNoTracking()
            .Where(o => indicators.Contains(o.IndicatorId) && periods.Contains(o.PeriodId) && breakdowns.Contains(o.BreakdownId))
            .Select(o => new { o.IndicatorId, o.AreaId, o.PeriodId, o.BreakdownId, o.Value, o.Lower, o.Upper, o.SampleSize, o.Status, o.ImportBatchId })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            o => new ObservationKey(o.IndicatorId, o.AreaId, o.PeriodId, o.BreakdownId),
            o => new StoredObservation(Measurement.FromStore(o.Value, o.Lower, o.Upper, o.SampleSize), o.Status, o.ImportBatchId));
    }
}
