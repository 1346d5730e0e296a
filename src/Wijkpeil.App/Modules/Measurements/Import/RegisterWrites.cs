using System.Runtime.InteropServices;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// Adds what an <see cref="ImportPlan"/> found missing to the register, inside the write transaction of an import
/// that publishes (or of publishing a draft), and maps the plan's provisional ids to the ids the database gave. Areas
/// and indicators are written by their own modules (<see cref="ImportRegister"/>), on the same context and transaction.
/// </summary>
internal sealed class RegisterWrites
{
    private readonly Dictionary<int, int> _areas = [];
    private readonly Dictionary<int, int> _indicators = [];
    private readonly Dictionary<int, int> _periods = [];
    private readonly Dictionary<int, int> _breakdowns = [];

    private RegisterWrites()
    {
    }

    public int AreasAdded { get; private set; }

    public int IndicatorsAdded { get; private set; }

    public int LayoutsExtended { get; private set; }

    public static async Task<RegisterWrites> ApplyAsync(WijkpeilDbContext db, ImportRegister registry, ImportPlan plan, CancellationToken cancellationToken)
    {
        var result = new RegisterWrites();
        await registry.AreaWrites.SetLayoutYearsAsync(plan.LayoutExtensions, cancellationToken);
        result.LayoutsExtended = plan.LayoutExtensions.Count;

        var areaIds = await registry.AreaWrites.AddAsync([.. plan.NewAreas.Select(a => new NewArea(a.Code, a.Name, a.LayoutYear))], cancellationToken);
        for (var i = 0; i < plan.NewAreas.Count; i++)
        {
            Map(result._areas, plan.NewAreas[i].ProvisionalId, areaIds[i]);
        }

        result.AreasAdded = plan.NewAreas.Count;
        if (plan.NewIndicators.Count + plan.NewMappings.Count > 0)
        {
            var indicatorIds = await registry.IndicatorWrites.AddAsync(
                [.. plan.NewIndicators.Select(i => new NewIndicator(i.ProvisionalId, i.Key, i.Title, i.Kind, i.Unit))],
                [.. plan.NewMappings.Select(m => new NewSourceMapping(m.IndicatorId, m.SourceTable, m.MeasureKey))],
                cancellationToken);
            foreach (var (provisional, stored) in indicatorIds)
            {
                Map(result._indicators, provisional, stored);
            }

            result.IndicatorsAdded = plan.NewIndicators.Count;
        }

        if (plan.NewPeriods.Count + plan.NewBreakdowns.Count == 0)
        {
            return result;
        }

        var periods = plan.NewPeriods.ToDictionary(p => p.ProvisionalId, p => Period.ForYear(p.Year));
        db.Periods.AddRange(periods.Values);
        var breakdowns = plan.NewBreakdowns.ToDictionary(b => b.ProvisionalId, b => new Breakdown(b.Code, b.NameNl, b.NameEn));
        db.Breakdowns.AddRange(breakdowns.Values);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (provisional, period) in periods)
        {
            Map(result._periods, provisional, period.Id);
        }

        foreach (var (provisional, breakdown) in breakdowns)
        {
            Map(result._breakdowns, provisional, breakdown.Id);
        }

        return result;
    }

    /// <summary>Gives validated rows the stored ids of what was just added; rows of stored codes keep theirs.</summary>
    public void Remap(List<ObservationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // SQLite hands out the next ids in order, so they mostly equal the provisional ones: then there is nothing to do.
        if (_areas.Count + _indicators.Count + _periods.Count + _breakdowns.Count == 0)
        {
            return;
        }

        foreach (ref var row in CollectionsMarshal.AsSpan(rows))
        {
            var key = row.Key;
            var mapped = new ObservationKey(
                _indicators.GetValueOrDefault(key.IndicatorId, key.IndicatorId),
                _areas.GetValueOrDefault(key.AreaId, key.AreaId),
                _periods.GetValueOrDefault(key.PeriodId, key.PeriodId),
                _breakdowns.GetValueOrDefault(key.BreakdownId, key.BreakdownId));
            if (mapped != key)
            {
                row = new ObservationRow(mapped, row.Measurement);
            }
        }
    }

    private static void Map(Dictionary<int, int> map, int provisional, int stored)
    {
        if (provisional != stored)
        {
            map.Add(provisional, stored);
        }
    }
}
