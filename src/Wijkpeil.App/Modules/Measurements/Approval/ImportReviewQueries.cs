using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>Reads the import history and the review of one batch for signed-in accounts.</summary>
public sealed class ImportReviewQueries(WijkpeilDbContext db, ImportRegister registry)
{
    /// <summary>The most changes and outliers a review lists; the totals are always given.</summary>
    public const int ListCap = 200;

    /// <summary>Every batch, newest first.</summary>
    public async Task<IReadOnlyList<ImportBatchSummary>> ListAsync(CancellationToken ct)
    {
        // One grouped pass over the public figures and one over the pending values instead of counts per batch. A
        // batch has either (published: public figures; draft or withdrawn: pending values), so the two add up.
        var current = await db.Observations.AsNoTracking()
            .GroupBy(o => o.ImportBatchId)
            .Select(g => new { BatchId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.BatchId, g => g.Count, ct);
        var pending = await PendingBatches.CountsAsync(db, ct);
        var batches = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).ToListAsync(ct);
        return [.. batches.Select(b => Summary(b, current.GetValueOrDefault(b.Id) + pending.GetValueOrDefault(b.Id)))];
    }

    /// <summary>One batch without its review; null when there is none with this id.</summary>
    public async Task<ImportBatchSummary?> GetAsync(int id, CancellationToken ct)
    {
        var b = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (b is null)
        {
            return null;
        }

        var current = await db.Observations.CountAsync(o => o.ImportBatchId == id, ct)
            + await db.PendingObservations.CountAsync(p => p.ImportBatchId == id, ct);
        return Summary(b, current);
    }

    private static ImportBatchSummary Summary(ImportBatch b, int current) => new(
        b.Id, b.FileName, b.Format, b.SourceTable, b.ImportedBy, b.ImportedAt, b.Added, b.Changed, b.Unchanged,
        b.Status, b.ReviewedBy, b.ReviewedAt, b.WithdrawalReason, current, b.RejectionReason, b.PublicationNote, b.RestoredOnWithdrawal, b.RemovedOnWithdrawal);

    /// <summary>
    /// The review of a batch: counts per indicator and period, the values it replaced (largest relative change
    /// first) and the figures <see cref="OutlierRules"/> flags. A draft or withdrawn batch is reviewed on its pending
    /// values against the figures public now, with the areas and indicators publishing would add. Null when there is
    /// no batch with this id.
    /// </summary>
    public Task<ImportBatchReview?> ReviewAsync(int id, CancellationToken ct) => ReviewAsync(id, ListCap, ct);

    /// <summary>Every figure of a pending batch the rules flag (not capped): what publishing it asks to be confirmed.</summary>
    internal async Task<IReadOnlyList<FigureOutlier>> FlaggedAsync(int id, CancellationToken ct) =>
        (await ReviewAsync(id, int.MaxValue, ct))?.Outliers ?? [];

    /// <summary>
    /// Every figure an import that publishes at once is about to write that the rules flag, worked out inside its write
    /// transaction (the register already holds what the file adds; the figures are not written yet): the same rules,
    /// on the same figures (the new and changed values, against the figures public now) as the review of the file
    /// as a draft would show. Read once per import, on the comparison the import makes anyway.
    /// </summary>
    internal async Task<IReadOnlyList<FigureOutlier>> FlaggedAsync(PublicationWrite write, CancellationToken ct)
    {
        var names = await Names.LoadAsync(db, registry, ct);
        var figures = write.Inserts.Select(r => Figure.Of(r)).Concat(write.Updates.Select(u => Figure.Of(u.New))).ToList();
        var replaced = write.Updates
            .Where(u => u.Old.Measurement.Value != u.New.Measurement.Value)
            .Select(u => (Figure.Of(u.New), u.Old.Measurement.Value));
        return await FindOutliersAsync(figures, replaced, names, ct, checkRange: false);
    }

    private async Task<ImportBatchReview?> ReviewAsync(int id, int listCap, CancellationToken ct)
    {
        var batch = await GetAsync(id, ct);
        if (batch is null)
        {
            return null;
        }

        return batch.Status switch
        {
            ImportBatchStatus.Draft or ImportBatchStatus.Withdrawn => await PendingReviewAsync(batch, listCap, ct),
            ImportBatchStatus.Rejected => new ImportBatchReview(batch, [], [], 0, [], 0),
            _ => await PublishedReviewAsync(batch, listCap, ct),
        };
    }

    private async Task<ImportBatchReview> PendingReviewAsync(ImportBatchSummary batch, int listCap, CancellationToken ct)
    {
        var entity = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batch.Id, ct);
        var dataset = await PendingBatches.LoadDatasetAsync(db, entity, ct);
        var register = await registry.LoadAsync(ct);
        var names = await Names.LoadAsync(db, registry, ct);

        // The pending values are matched to the register as publishing would match them; what it would add is
        // named under the plan's provisional ids.
        var (plan, _) = ImportPlan.Resolve(dataset, DatasetCodes.Of(dataset.Observations), register, gemeenten: null, maxIssues: 1);
        if (plan is null)
        {
            // The register no longer fits the values (publishing would say why): counts by the file's own codes.
            var raw = dataset.Observations
                .GroupBy(o => (o.MeasureKey, o.PeriodCode))
                .Select(g => new IndicatorPeriodCount(g.Key.MeasureKey, g.Key.MeasureKey, string.Empty, g.Key.PeriodCode, g.Count(), 0))
                .ToList();
            return new ImportBatchReview(batch, raw, [], 0, [], 0, IsPending: true, [], []);
        }

        foreach (var area in plan.NewAreas)
        {
            names.Areas[area.ProvisionalId] = new AreaName(area.Code.Value, area.Name, area.Code.Level);
        }

        foreach (var indicator in plan.NewIndicators)
        {
            names.Indicators[indicator.ProvisionalId] = new IndicatorName(indicator.Key, indicator.Title, indicator.Unit ?? string.Empty, indicator.Kind);
        }

        foreach (var period in plan.NewPeriods)
        {
            var year = period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Periods[period.ProvisionalId] = new PeriodName(year, year, period.Year);
        }

        foreach (var breakdown in plan.NewBreakdowns)
        {
            names.Breakdowns[breakdown.ProvisionalId] = new BreakdownName(breakdown.Code, breakdown.Code);
        }

        var figures = dataset.Observations
            .Select(o => new Figure(plan.Indicators[o.MeasureKey].Id, plan.PeriodIds[o.PeriodCode], plan.BreakdownIds[o.BreakdownCode], plan.AreaIds[o.AreaCode], o.Value))
            .ToList();
        var existing = await StoredValues.LoadAsync(db, plan.StoredIndicatorIds, plan.StoredPeriodIds, plan.StoredBreakdownIds, ct);
        var replacing = figures
            .Select(f => (Figure: f, Old: existing.TryGetValue(new ObservationKey(f.IndicatorId, f.AreaId, f.PeriodId, f.BreakdownId), out var stored) ? stored.Measurement.Value : (double?)null))
            .Where(x => x.Old is not null)
            .ToList();
        var changes = replacing
            .Where(x => x.Old!.Value != x.Figure.Value)
            .Select(x => new FigureChange(names.Key(x.Figure.IndicatorId, x.Figure.PeriodId, x.Figure.BreakdownId, x.Figure.AreaId), x.Old!.Value, x.Figure.Value))
            .OrderByDescending(c => c.RelativeChange is { } relative ? Math.Abs(relative) : double.PositiveInfinity)
            .ThenByDescending(c => Math.Abs(c.Difference))
            .ToList();
        var replacedCounts = replacing
            .GroupBy(x => (x.Figure.IndicatorId, x.Figure.PeriodId))
            .ToDictionary(g => g.Key, g => g.Count());
        var outliers = await FindOutliersAsync(figures, replacing.Where(x => x.Old!.Value != x.Figure.Value).Select(x => (x.Figure, x.Old!.Value)), names, ct);
        return new ImportBatchReview(
            batch,
            PerIndicator(figures, replacedCounts, names),
            [.. changes.Take(listCap)],
            changes.Count,
            [.. outliers.Take(listCap)],
            outliers.Count,
            IsPending: true,
            [.. plan.NewAreas.Select(a => new NewArea(a.Code.Value, a.Name))],
            [.. plan.NewIndicators.Select(i => new NewIndicator(i.Key, i.Title, i.Unit))]);
    }

    private async Task<ImportBatchReview> PublishedReviewAsync(ImportBatchSummary batch, int listCap, CancellationToken ct)
    {
        var id = batch.Id;
        var names = await Names.LoadAsync(db, registry, ct);
        var figures = await db.Observations.AsNoTracking()
            .Where(o => o.ImportBatchId == id)
            .Select(o => new Figure(o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId, o.Value))
            .ToListAsync(ct);

        // What the batch replaced, with the value the batch wrote: still current, or itself replaced later by
        // another batch and then kept as that batch's revision.
        var replaced = await (
            from r in db.ObservationRevisions.AsNoTracking()
            where r.ReplacedByImportBatchId == id
            join o in db.Observations on new { r.IndicatorId, r.PeriodId, r.BreakdownId, r.AreaId } equals new { o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId }
            select new
            {
                r.IndicatorId,
                r.PeriodId,
                r.BreakdownId,
                r.AreaId,
                Old = r.Value,
                New = o.ImportBatchId == id
                    ? (double?)o.Value
                    : db.Set<ObservationRevision>()
                        .Where(l => l.IndicatorId == r.IndicatorId && l.PeriodId == r.PeriodId && l.BreakdownId == r.BreakdownId && l.AreaId == r.AreaId && l.ImportBatchId == id)
                        .Select(l => (double?)l.Value)
                        .FirstOrDefault(),
            }).ToListAsync(ct);

        // A revision with the same value records a change of status only (a draft published by a later import).
        var changes = replaced
            .Where(c => c.New is { } value && value != c.Old)
            .Select(c => new FigureChange(names.Key(c.IndicatorId, c.PeriodId, c.BreakdownId, c.AreaId), c.Old, c.New!.Value))
            .OrderByDescending(c => c.RelativeChange is { } relative ? Math.Abs(relative) : double.PositiveInfinity)
            .ThenByDescending(c => Math.Abs(c.Difference))
            .ToList();

        var replacedCounts = replaced
            .GroupBy(c => (c.IndicatorId, c.PeriodId))
            .ToDictionary(g => g.Key, g => g.Count());
        var outliers = await FindOutliersAsync(
            figures,
            replaced.Where(c => c.New is { } value && value != c.Old).Select(c => (new Figure(c.IndicatorId, c.PeriodId, c.BreakdownId, c.AreaId, c.New!.Value), c.Old)),
            names,
            ct);
        return new ImportBatchReview(batch, PerIndicator(figures, replacedCounts, names), [.. changes.Take(listCap)], changes.Count, [.. outliers.Take(listCap)], outliers.Count);
    }

    private static List<IndicatorPeriodCount> PerIndicator(List<Figure> figures, Dictionary<(int IndicatorId, int PeriodId), int> replacedCounts, Names names) =>
        figures
            .GroupBy(f => (f.IndicatorId, f.PeriodId))
            .Select(g => new IndicatorPeriodCount(
                names.Indicators[g.Key.IndicatorId].Code,
                names.Indicators[g.Key.IndicatorId].NameNl,
                names.Indicators[g.Key.IndicatorId].Unit,
                names.Periods[g.Key.PeriodId].Label,
                g.Count(),
                replacedCounts.GetValueOrDefault(g.Key)))
            .OrderBy(c => c.IndicatorName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true))
            .ThenBy(c => c.Period, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The figures <see cref="OutlierRules"/> flags, one each with every rule that flagged it: out of range for the
    /// indicator's kind; unusual among the batch's peers; a large change against the value it replaces; a large change
    /// against the area's own value in the indicator's previous period; a change since that period far from the
    /// changes of the other areas of the same level (their values now public, or this batch's).
    /// </summary>
    private async Task<List<FigureOutlier>> FindOutliersAsync(List<Figure> figures, IEnumerable<(Figure Figure, double Old)> replacing, Names names, CancellationToken ct, bool checkRange = true)
    {
        var replaced = replacing.ToList();
        var oldValues = new Dictionary<(int, int, int, int), double>();
        foreach (var (f, old) in replaced)
        {
            oldValues.TryAdd((f.IndicatorId, f.PeriodId, f.BreakdownId, f.AreaId), old);
        }
        var flagged = new Dictionary<(int IndicatorId, int PeriodId, int BreakdownId, int AreaId), (Figure Figure, List<OutlierFinding> Findings)>();
        var order = new List<(int, int, int, int)>();
        void Flag(Figure f, OutlierFinding finding)
        {
            var key = (f.IndicatorId, f.PeriodId, f.BreakdownId, f.AreaId);
            if (!flagged.TryGetValue(key, out var entry))
            {
                entry = (f, []);
                flagged.Add(key, entry);
                order.Add(key);
            }

            entry.Findings.Add(finding);
        }

        // An import that publishes at once has just validated every value against its indicator's kind, with the same
        // check (ObservationValidator); a draft waits, and an indicator may be redefined meanwhile.
        for (var i = 0; checkRange && i < figures.Count; i++)
        {
            var f = figures[i];
            var indicator = names.Indicators[f.IndicatorId];
            if (!OutlierRules.IsInValidRange(indicator.Kind, f.Value, indicator.Unit))
            {
                Flag(f, new OutlierFinding(OutlierReason.OutOfRange, double.NaN, double.NaN));
            }
        }

        // Peers: grouped in one pass, each group's values judged with two array sorts (half a million figures for a
        // whole StatLine table, inside the write transaction when it is published at import).
        var groups = new Dictionary<(int IndicatorId, int PeriodId, int BreakdownId, AreaLevel Level), List<Figure>>();
        foreach (var f in figures)
        {
            var key = (f.IndicatorId, f.PeriodId, f.BreakdownId, names.Areas[f.AreaId].Level);
            if (!groups.TryGetValue(key, out var members))
            {
                groups.Add(key, members = []);
            }

            members.Add(f);
        }

        foreach (var members in groups.Values)
        {
            var values = new double[members.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = members[i].Value;
            }

            if (OutlierRules.ModifiedZScores(values, out var median) is not { } scores)
            {
                continue;
            }

            foreach (var (f, score) in members.Zip(scores).Where(x => OutlierRules.IsUnusual(x.Second)).OrderByDescending(x => Math.Abs(x.Second)))
            {
                Flag(f, new OutlierFinding(OutlierReason.UnusualAmongPeers, median, score));
            }
        }

        await FlagAgainstHistoryAsync(figures, names, Flag, ct);

        // Large changes against the replaced value, largest relative change first as in the change list.
        foreach (var (f, old) in replaced
            .OrderByDescending(x => x.Old == 0 ? double.PositiveInfinity : Math.Abs((x.Figure.Value - x.Old) / x.Old))
            .ThenByDescending(x => Math.Abs(x.Figure.Value - x.Old)))
        {
            if (OutlierRules.IsLargeChange(old, f.Value, names.Indicators[f.IndicatorId].Kind == IndicatorKind.Percentage))
            {
                Flag(f, new OutlierFinding(OutlierReason.LargeChange, old, f.Value - old));
            }
        }

        return [.. order.Select(k => (Key: k, Entry: flagged[k])).Select(x => new FigureOutlier(
            names.Key(x.Entry.Figure.IndicatorId, x.Entry.Figure.PeriodId, x.Entry.Figure.BreakdownId, x.Entry.Figure.AreaId),
            x.Entry.Figure.Value,
            x.Entry.Findings,
            oldValues.TryGetValue(x.Key, out var old) ? old : null))];
    }

    /// <summary>
    /// The two history rules. Per indicator, breakdown and period of the batch the previous period is the latest
    /// earlier year with published figures of that indicator and breakdown; each figure is compared with its area's
    /// value then, and its change with the changes of all areas of the same level that have both values (a value of
    /// this batch counts over the one public now).
    /// </summary>
    private async Task FlagAgainstHistoryAsync(List<Figure> figures, Names names, Action<Figure, OutlierFinding> flag, CancellationToken ct)
    {
        var indicatorIds = figures.Select(f => f.IndicatorId).Distinct().ToList();
        var breakdownIds = figures.Select(f => f.BreakdownId).Distinct().ToList();
        var withData = await db.Observations.AsNoTracking()
            .Where(o => indicatorIds.Contains(o.IndicatorId) && breakdownIds.Contains(o.BreakdownId))
            .Select(o => new { o.IndicatorId, o.BreakdownId, o.PeriodId })
            .Distinct()
            .ToListAsync(ct);
        var periodsOf = withData.ToLookup(x => (x.IndicatorId, x.BreakdownId), x => x.PeriodId);
        var previous = new Dictionary<(int IndicatorId, int BreakdownId, int PeriodId), int>();
        foreach (var (indicatorId, breakdownId, periodId) in figures.Select(f => (f.IndicatorId, f.BreakdownId, f.PeriodId)).Distinct())
        {
            var year = names.Periods[periodId].Year;
            var earlier = periodsOf[(indicatorId, breakdownId)].Where(p => names.Periods[p].Year < year).OrderByDescending(p => names.Periods[p].Year).ThenByDescending(p => p);
            foreach (var p in earlier.Take(1))
            {
                previous[(indicatorId, breakdownId, periodId)] = p;
            }
        }

        if (previous.Count == 0)
        {
            return;
        }

        // The values of the periods compared, by indicator, period and breakdown, then by area: the public ones, with
        // this batch's over them. Kept per key (not one flat table scanned per key): a whole StatLine table compared
        // with its previous edition is a million values.
        var periodIds = previous.Keys.Select(k => k.PeriodId).Concat(previous.Values).Distinct().ToList();
        var values = new Dictionary<(int IndicatorId, int PeriodId, int BreakdownId), Dictionary<int, double>>();
        var inBatch = new Dictionary<(int IndicatorId, int PeriodId, int BreakdownId), HashSet<int>>();
        static TValue Of<TValue>(Dictionary<(int, int, int), TValue> table, (int, int, int) key)
            where TValue : new()
        {
            if (!table.TryGetValue(key, out var value))
            {
                table.Add(key, value = new TValue());
            }

            return value;
        }

        var stored = db.Observations.AsNoTracking()
            .Where(o => indicatorIds.Contains(o.IndicatorId) && breakdownIds.Contains(o.BreakdownId) && periodIds.Contains(o.PeriodId))
            .Select(o => new Figure(o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId, o.Value))
            .AsAsyncEnumerable();
        await foreach (var f in stored.WithCancellation(ct))
        {
            Of(values, (f.IndicatorId, f.PeriodId, f.BreakdownId))[f.AreaId] = f.Value;
        }

        foreach (var f in figures)
        {
            Of(values, (f.IndicatorId, f.PeriodId, f.BreakdownId))[f.AreaId] = f.Value;
            Of(inBatch, (f.IndicatorId, f.PeriodId, f.BreakdownId)).Add(f.AreaId);
        }

        foreach (var ((indicatorId, breakdownId, periodId), previousId) in previous)
        {
            var indicator = names.Indicators[indicatorId];
            var previousLabel = names.Periods[previousId].Label;
            var now = values[(indicatorId, periodId, breakdownId)];
            var batchAreas = inBatch[(indicatorId, periodId, breakdownId)];
            if (!values.TryGetValue((indicatorId, previousId, breakdownId), out var then))
            {
                continue;
            }

            // Every area with a value in both periods: the change of each, by area level.
            var changes = now
                .Where(v => then.ContainsKey(v.Key))
                .Select(v => (AreaId: v.Key, Now: v.Value, Before: then[v.Key]))
                .ToList();
            foreach (var c in changes.Where(c => batchAreas.Contains(c.AreaId)))
            {
                if (OutlierRules.IsLargeChange(c.Before, c.Now, indicator.Kind == IndicatorKind.Percentage))
                {
                    flag(new Figure(indicatorId, periodId, breakdownId, c.AreaId, c.Now), new OutlierFinding(OutlierReason.LargeChangeSincePrevious, c.Before, c.Now - c.Before, previousLabel));
                }
            }

            foreach (var level in changes.GroupBy(c => names.Areas[c.AreaId].Level))
            {
                var members = level.ToList();
                var differences = members.Select(c => c.Now - c.Before).ToArray();
                if (OutlierRules.ModifiedZScores(differences, out var median) is not { } scores)
                {
                    continue;
                }

                foreach (var (c, score) in members.Zip(scores).Where(x => OutlierRules.IsUnusual(x.Second) && batchAreas.Contains(x.First.AreaId)))
                {
                    flag(new Figure(indicatorId, periodId, breakdownId, c.AreaId, c.Now), new OutlierFinding(OutlierReason.UnusualChangeAmongAreas, median, score, previousLabel));
                }
            }
        }
    }

    private readonly record struct Figure(int IndicatorId, int PeriodId, int BreakdownId, int AreaId, double Value)
    {
        public static Figure Of(ObservationRow row) => new(row.Key.IndicatorId, row.Key.PeriodId, row.Key.BreakdownId, row.Key.AreaId, row.Measurement.Value);
    }

    private sealed record AreaName(string Code, string Name, AreaLevel Level);

    private sealed record IndicatorName(string Code, string NameNl, string Unit, IndicatorKind Kind);

    private sealed record PeriodName(string Label, string Code, int Year);

    private sealed record BreakdownName(string NameNl, string Code);

    /// <summary>The register's names by id: small tables, read once per review instead of joined per figure.</summary>
    private sealed record Names(
        Dictionary<int, AreaName> Areas,
        Dictionary<int, IndicatorName> Indicators,
        Dictionary<int, PeriodName> Periods,
        Dictionary<int, BreakdownName> Breakdowns)
    {
        public static async Task<Names> LoadAsync(WijkpeilDbContext db, ImportRegister registry, CancellationToken ct)
        {
            var areas = await registry.Areas.Areas.Select(a => new { a.Id, a.Code, a.Name, a.Level }).ToListAsync(ct);
            return new Names(
                areas.ToDictionary(a => a.Id, a => new AreaName(a.Code.Value, a.Name, a.Level)),
                await registry.Indicators.Indicators.ToDictionaryAsync(i => i.Id, i => new IndicatorName(i.Code, i.NameNl, i.Unit, i.Kind), ct),
                await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Id, p => new PeriodName(p.Label, p.Code, p.Year), ct),
                await db.Breakdowns.AsNoTracking().ToDictionaryAsync(b => b.Id, b => new BreakdownName(b.NameNl, b.Code), ct));
        }

        public FigureKey Key(int indicatorId, int periodId, int breakdownId, int areaId)
        {
            var area = Areas[areaId];
            var indicator = Indicators[indicatorId];
            var period = Periods[periodId];
            var breakdown = Breakdowns[breakdownId];
            return new FigureKey(area.Code, area.Name, indicator.Code, indicator.NameNl, indicator.Unit, period.Label, breakdown.NameNl, period.Code, breakdown.Code);
        }
    }
}
