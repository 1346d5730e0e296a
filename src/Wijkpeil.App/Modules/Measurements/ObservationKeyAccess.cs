using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>Query shapes that read observations through their primary key.</summary>
internal static class ObservationKeyAccess
{
    /// <summary>
    /// Names every indicator, period and breakdown that exists (a few hundred combinations), so that a
    /// condition on the area can seek through the key (IndicatorId, PeriodId, BreakdownId, AreaId) instead
    /// of reading every row. Pass false for a dimension the query already restricts. SQLite stores the table
    /// in key order and has no separate area index (it would cost every import a second B-tree per row);
    /// PostgreSQL has an area index and plans around the extra conditions. The indicators come from the catalogue's
    /// query (<see cref="IIndicatorCatalogue.Indicators"/>), which EF composes into the same sub-query.
    /// </summary>
    public static IQueryable<Observation> ThroughKey(this IQueryable<Observation> observations, WijkpeilDbContext db, IIndicatorCatalogue catalogue, bool indicators = true, bool periods = true, bool breakdowns = true)
    {
        // Locals, not db.X inside the lambdas: an expression tree cannot hold an extension property.
        var (allIndicators, allPeriods, allBreakdowns) = (catalogue.Indicators, db.Periods, db.Breakdowns);
        if (indicators)
        {
            observations = observations.Where(o => allIndicators.Select(i => i.Id).Contains(o.IndicatorId));
        }

        if (periods)
        {
            observations = observations.Where(o => allPeriods.Select(p => p.Id).Contains(o.PeriodId));
        }

        if (breakdowns)
        {
            observations = observations.Where(o => allBreakdowns.Select(b => b.Id).Contains(o.BreakdownId));
        }

        return observations;
    }
}
