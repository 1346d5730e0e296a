using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// Adds what an <see cref="ImportPlan"/> found missing to the register, inside the write transaction of an import
/// that publishes (or of publishing a draft), and maps the plan's provisional ids to the ids the database gave.
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

    public static async Task<RegisterWrites> ApplyAsync(WijkpeilDbContext db, ImportPlan plan, CancellationToken cancellationToken)
    {
        var result = new RegisterWrites();
        var writer = BulkObservationWriter.For(db);
        await writer.ExtendLayoutYearsAsync(plan.LayoutExtensions, cancellationToken);
        result.LayoutsExtended = plan.LayoutExtensions.Count;

        var areas = plan.NewAreas.Select(a => new Area(a.Code, a.Name, a.Code.DerivedParent, a.LayoutYear is { } year ? [year] : [])).ToList();
        var areaIds = await writer.InsertAreasAsync(areas, cancellationToken);
        for (var i = 0; i < areas.Count; i++)
        {
            Map(result._areas, plan.NewAreas[i].ProvisionalId, areaIds[i]);
        }

        result.AreasAdded = areas.Count;
        if (plan.NewIndicators.Count + plan.NewMappings.Count + plan.NewPeriods.Count + plan.NewBreakdowns.Count == 0)
        {
            return result;
        }

        // New indicators are made afresh: the plan's stand-ins carry provisional ids, which must not be inserted.
        var indicators = new Dictionary<int, Indicator>();
        foreach (var planned in plan.NewIndicators)
        {
            var indicator = Indicator.Create(planned.Key, planned.Title, planned.Title, planned.Kind, Polarity.Neutral, planned.Unit ?? string.Empty).Value;
            db.Indicators.Add(indicator);
            indicators.Add(planned.ProvisionalId, indicator);
        }

        var storedIds = plan.NewMappings.Select(m => m.IndicatorId).Where(id => !indicators.ContainsKey(id)).Distinct().ToList();
        if (storedIds.Count > 0)
        {
            var stored = await db.Indicators.Include(i => i.SourceMappings).Where(i => storedIds.Contains(i.Id)).ToListAsync(cancellationToken);
            foreach (var indicator in stored)
            {
                indicators.Add(indicator.Id, indicator);
            }
        }

        foreach (var mapping in plan.NewMappings)
        {
            indicators[mapping.IndicatorId].MapSource(mapping.SourceTable, mapping.MeasureKey);
        }

        var periods = plan.NewPeriods.ToDictionary(p => p.ProvisionalId, p => Period.ForYear(p.Year));
        db.Periods.AddRange(periods.Values);
        var breakdowns = plan.NewBreakdowns.ToDictionary(b => b.ProvisionalId, b => new Breakdown(b.Code, b.Code, b.Code));
        db.Breakdowns.AddRange(breakdowns.Values);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var planned in plan.NewIndicators)
        {
            Map(result._indicators, planned.ProvisionalId, indicators[planned.ProvisionalId].Id);
        }

        foreach (var (provisional, period) in periods)
        {
            Map(result._periods, provisional, period.Id);
        }

        foreach (var (provisional, breakdown) in breakdowns)
        {
            Map(result._breakdowns, provisional, breakdown.Id);
        }

        result.IndicatorsAdded = plan.NewIndicators.Count;
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
