using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>
/// The read side of the public outcome monitor: builds the read models of <c>MonitorModels.cs</c> from the
/// register, the kernset of the first programme and the observations. Every figure passes the small-number
/// policy (<see cref="MonitorOptions.MinimumSampleSize"/>) before it leaves; a suppressed figure is never
/// ranked, counted in a distribution or compared. Which figures exist is the <see cref="Audience"/>'s rule: the pages read as the public.
/// </summary>
/// <remarks>
/// Each call reads observations in one query for all the areas and indicators it needs, through the primary
/// key (<see cref="ObservationKeyAccess.ThroughKey"/>), and puts the rest together in memory.
/// </remarks>
public sealed partial class MonitorQueries(WijkpeilDbContext db, IOptions<MonitorOptions> options, PageCacheTags pageTags)
{
    // NL > provincie > gemeente > wijk > buurt: four steps at most; the bound guards against a cycle in bad data.
    private const int MaxAncestors = 4;

    private readonly SmallNumberPolicy _policy = new(options.Value.MinimumSampleSize);

    /// <summary>The first programme (lowest id) with its kernset, or null when there is none.</summary>
    private async Task<Kernset?> KernsetAsync(CancellationToken ct)
    {
        var programme = await db.Programmes.AsNoTracking()
            .OrderBy(p => p.Id)
            .Include(p => p.Pillars)
            .Include(p => p.FocusAreas)
            .Include(p => p.ReferenceAreas)
            .Include(p => p.CoreIndicators)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (programme is null)
        {
            return null;
        }

        pageTags.Add(CacheTags.Programme(programme.Code), CacheTags.Figures);
        var indicatorIds = programme.CoreIndicators.Select(c => c.IndicatorId).Distinct().ToList();
        var indicators = await IndicatorsAsync(db.Indicators.Where(i => indicatorIds.Contains(i.Id)), ct);
        var breakdowns = await db.Breakdowns.AsNoTracking().Select(b => new { b.Id, b.Code }).ToDictionaryAsync(b => b.Code, b => b.Id, StringComparer.Ordinal, ct);

        var pillars = programme.Pillars.OrderBy(p => p.Number).Select(p => new PillarRef(p.Number, p.NameNl, p.NameEn)).ToList();
        var entries = programme.CoreIndicators
            .OrderBy(c => c.Order)
            .Where(c => indicators.ContainsKey(c.IndicatorId))
            .Select(c => new KernsetEntry(c.PillarNumber, indicators[c.IndicatorId], c.BreakdownCode, breakdowns.TryGetValue(c.BreakdownCode, out var id) ? id : null))
            .ToList();
        return new Kernset(
            programme.Code,
            programme.Name,
            pillars,
            entries,
            [.. programme.FocusAreas.OrderBy(f => f.Id)],
            [.. programme.ReferenceAreas.OrderBy(r => r.Order).Select(r => r.AreaCode)]);
    }

    private static async Task<Dictionary<int, IndicatorInfo>> IndicatorsAsync(IQueryable<Indicator> indicators, CancellationToken ct)
    {
        var rows = await indicators.AsNoTracking()
            .Select(i => new { i.Id, i.Code, i.NameNl, i.NameEn, i.DefinitionNl, i.DefinitionEn, i.Unit, i.Kind, i.Polarity, i.Source, i.PopulationGroup })
            .ToListAsync(ct);
        return rows.ToDictionary(
            i => i.Id,
            i => new IndicatorInfo(i.Id, new IndicatorSummary(i.Code, i.NameNl, i.NameEn, i.DefinitionNl, i.DefinitionEn, i.Unit, i.Kind, i.Polarity, i.Source, i.PopulationGroup)));
    }

    /// <summary>Every period, in time order (year, then code).</summary>
    private async Task<PeriodCatalogue> PeriodsAsync(CancellationToken ct)
    {
        var periods = await db.Periods.AsNoTracking().Select(p => new { p.Id, p.Code, p.Year, p.Label }).ToListAsync(ct);
        var ordered = periods
            .OrderBy(p => p.Year)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select((p, index) => new PeriodInfo(p.Id, p.Code, p.Year, p.Label, index))
            .ToList();
        return new PeriodCatalogue(ordered);
    }

    /// <summary>The register rows for these codes (codes the register lacks are simply absent).</summary>
    private async Task<Dictionary<AreaCode, AreaRow>> AreasAsync(IEnumerable<AreaCode> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var rows = await db.Areas.AsNoTracking()
            .Where(a => list.Contains(a.Code))
            .Select(a => new AreaRow(a.Id, a.Code, a.Name, a.Level, a.ParentCode))
            .ToListAsync(ct);
        pageTags.Add(rows.Select(a => CacheTags.Area(a.Code.Value)));
        return rows.ToDictionary(a => a.Code);
    }

    /// <summary>One area of the register; the page showing it carries its tag (<see cref="CacheTags.Area"/>) also when it is missing.</summary>
    private async Task<AreaRow?> AreaAsync(AreaCode code, CancellationToken ct)
    {
        pageTags.Add(CacheTags.Area(code.Value));
        return await db.Areas.AsNoTracking()
            .Where(a => a.Code == code)
            .Select(a => new AreaRow(a.Id, a.Code, a.Name, a.Level, a.ParentCode))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// From the country down to the parent. Follows the register's parent, or the parent the code itself
    /// names (buurt to wijk, wijk to gemeente) where the register has none; stops where the register lacks the area.
    /// </summary>
    private async Task<List<AreaRow>> AncestorsAsync(AreaRow area, CancellationToken ct)
    {
        var ancestors = new List<AreaRow>();
        var parentCode = area.ParentCode ?? area.Code.DerivedParent;
        while (parentCode is { } code && ancestors.Count < MaxAncestors)
        {
            if (await AreaAsync(code, ct) is not { } parent)
            {
                break;
            }

            ancestors.Add(parent);
            parentCode = parent.ParentCode ?? parent.Code.DerivedParent;
        }

        ancestors.Reverse();
        return ancestors;
    }

    /// <summary>A focus area as pages link to it, with the names of its gemeente and members from <paramref name="areas"/>.</summary>
    private static FocusAreaRef FocusAreaRefOf(Domain.Programmes.FocusArea focusArea, Dictionary<AreaCode, AreaRow> areas) =>
        new(focusArea.Code, focusArea.Name, RefOf(focusArea.MunicipalityCode, areas), [.. focusArea.Members.Select(m => RefOf(m, areas))]);

    /// <summary>The codes <see cref="FocusAreaRefOf"/> needs from the register.</summary>
    private static IEnumerable<AreaCode> CodesOf(IEnumerable<Domain.Programmes.FocusArea> focusAreas) =>
        focusAreas.SelectMany(f => f.Members.Append(f.MunicipalityCode));

    /// <summary>
    /// Reads the kernset's figures for these areas in one query: every indicator, kernset breakdown and period,
    /// through the primary key so that SQLite seeks instead of scanning the table.
    /// </summary>
    private async Task<FigureSet> FiguresAsync(Kernset? kernset, List<int> areaIds, PeriodCatalogue periods, Audience audience, CancellationToken ct)
    {
        if (kernset is null || areaIds.Count == 0 || kernset.Entries.Count == 0)
        {
            return new FigureSet([], [], periods, _policy);
        }

        var indicatorIds = kernset.Entries.Select(e => e.Indicator.Id).Distinct().ToList();
        var breakdownIds = kernset.Entries.Where(e => e.BreakdownId.HasValue).Select(e => e.BreakdownId!.Value).Distinct().ToList();
        var areas = areaIds.Distinct().ToList();
        var observations = db.Observations.AsNoTracking()
            .Where(o => indicatorIds.Contains(o.IndicatorId) && breakdownIds.Contains(o.BreakdownId) && areas.Contains(o.AreaId))
            .ThroughKey(db, indicators: false, breakdowns: false)
            .VisibleTo(audience);
        var rows = await observations
            .Select(o => new ObservationRow(o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId, o.Value, o.Lower, o.Upper, o.SampleSize, o.ImportBatchId))
            .ToListAsync(ct);
        var batches = await BatchesAsync(rows.Select(r => r.BatchId), ct);
        return new FigureSet(rows, batches, periods, _policy);
    }

    private async Task<Dictionary<int, BatchInfo>> BatchesAsync(IEnumerable<int> batchIds, CancellationToken ct)
    {
        var ids = batchIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var batches = await db.ImportBatches.AsNoTracking()
            .Where(b => ids.Contains(b.Id))
            .Select(b => new BatchInfo(b.Id, b.SourceTable ?? b.Format, b.ImportedAt))
            .ToListAsync(ct);
        return batches.ToDictionary(b => b.Id);
    }

    /// <summary>An area's references: its gemeente, provincie and the country, nearest first, never the area itself.</summary>
    private static List<AreaRow> ReferencesOf(AreaRow area, IReadOnlyList<AreaRow> ancestors) =>
    [
        .. ancestors
            .Where(a => (a.Level is AreaLevel.Municipality or AreaLevel.Province or AreaLevel.Country) && a.Code != area.Code)
            .OrderByDescending(a => a.Level),
    ];

    /// <summary>The row's figures for one area: latest, the one before, the change and the series.</summary>
    private static (Figure? Latest, Figure? Previous, Change? Change, List<Figure> Trend) LatestAndPrevious(FigureSet figures, KernsetEntry entry, int areaId)
    {
        var series = figures.Series(entry, areaId);
        if (series.Count == 0)
        {
            return (null, null, null, []);
        }

        var latest = series[^1];
        var previous = series.Count > 1 ? series[^2] : (ObservationRow?)null;
        return (
            figures.ToFigure(latest),
            previous is { } p ? figures.ToFigure(p) : null,
            previous is { } before ? figures.ChangeBetween(entry.Indicator, before, latest) : null,
            [.. series.Select(figures.ToFigure)]);
    }

    private static AreaRef RefOf(AreaRow area) => new(area.Code.Value, area.Name, area.Level);

    /// <summary>The register's name, or the bare code for a focus area member the register does not (yet) hold.</summary>
    private static AreaRef RefOf(AreaCode code, Dictionary<AreaCode, AreaRow> areas) =>
        areas.TryGetValue(code, out var area) ? RefOf(area) : new AreaRef(code.Value, code.Value, code.Level);

    private static AreaCode? ParseCode(string? text) =>
        AreaCode.TryParse(AreaQueries.Normalise(text), out var code) ? code : null;

    private sealed record AreaRow(int Id, AreaCode Code, string Name, AreaLevel Level, AreaCode? ParentCode);

    private sealed record IndicatorInfo(int Id, IndicatorSummary Summary)
    {
        public IndicatorKind Kind => Summary.Kind;

        public Polarity Polarity => Summary.Polarity;
    }

    /// <summary>A kernset indicator; <see cref="BreakdownId"/> is null while no figure of its breakdown exists.</summary>
    private sealed record KernsetEntry(int PillarNumber, IndicatorInfo Indicator, string BreakdownCode, int? BreakdownId);

    private sealed record Kernset(
        string Code,
        string Name,
        IReadOnlyList<PillarRef> Pillars,
        IReadOnlyList<KernsetEntry> Entries,
        IReadOnlyList<Domain.Programmes.FocusArea> FocusAreas,
        IReadOnlyList<AreaCode> ReferenceAreas)
    {
        public IEnumerable<KernsetEntry> EntriesOf(PillarRef pillar) => Entries.Where(e => e.PillarNumber == pillar.Number);
    }

    private sealed record PeriodInfo(int Id, string Code, int Year, string Label, int Order);

    private sealed class PeriodCatalogue(IReadOnlyList<PeriodInfo> ordered)
    {
        private readonly Dictionary<int, PeriodInfo> _byId = ordered.ToDictionary(p => p.Id);

        public IReadOnlyList<PeriodInfo> Ordered => ordered;

        public PeriodInfo this[int id] => _byId[id];
    }

    private sealed record BatchInfo(int Id, string Source, DateTimeOffset ImportedAt);

    private readonly record struct ObservationRow(int IndicatorId, int PeriodId, int BreakdownId, int AreaId, double Value, double? Lower, double? Upper, int? SampleSize, int BatchId);

    /// <summary>Observations read for a page, indexed by indicator, breakdown and area, each series in time order.</summary>
    private sealed class FigureSet
    {
        private readonly Dictionary<(int Indicator, int Breakdown, int Area), List<ObservationRow>> _series = [];
        private readonly Dictionary<int, BatchInfo> _batches;
        private readonly PeriodCatalogue _periods;
        private readonly SmallNumberPolicy _policy;

        public FigureSet(IEnumerable<ObservationRow> rows, Dictionary<int, BatchInfo> batches, PeriodCatalogue periods, SmallNumberPolicy policy)
        {
            _batches = batches;
            _periods = periods;
            _policy = policy;
            foreach (var row in rows)
            {
                var key = (row.IndicatorId, row.BreakdownId, row.AreaId);
                if (!_series.TryGetValue(key, out var list))
                {
                    list = [];
                    _series.Add(key, list);
                }

                list.Add(row);
            }

            foreach (var list in _series.Values)
            {
                list.Sort((a, b) => periods[a.PeriodId].Order.CompareTo(periods[b.PeriodId].Order));
            }
        }

        public PeriodCatalogue Periods => _periods;

        /// <summary>The area's figures for the entry's indicator and breakdown, oldest first (suppressed ones included).</summary>
        public List<ObservationRow> Series(KernsetEntry entry, int areaId) =>
            entry.BreakdownId is { } breakdown && _series.TryGetValue((entry.Indicator.Id, breakdown, areaId), out var list) ? list : [];

        public ObservationRow? At(KernsetEntry entry, int areaId, int periodId)
        {
            foreach (var row in Series(entry, areaId))
            {
                if (row.PeriodId == periodId)
                {
                    return row;
                }
            }

            return null;
        }

        /// <summary>The latest figure before the period (by time order), if any.</summary>
        public ObservationRow? Before(KernsetEntry entry, int areaId, PeriodInfo period)
        {
            ObservationRow? found = null;
            foreach (var row in Series(entry, areaId))
            {
                if (_periods[row.PeriodId].Order < period.Order)
                {
                    found = row;
                }
            }

            return found;
        }

        public BatchInfo Batch(ObservationRow row) => _batches[row.BatchId];

        public Figure ToFigure(ObservationRow row)
        {
            var period = _periods[row.PeriodId];
            var source = _batches.TryGetValue(row.BatchId, out var batch) ? batch.Source : string.Empty;
            return _policy.IsSuppressed(row.SampleSize)
                ? new Figure(period.Code, period.Year, period.Label, null, null, null, null, new Suppression(row.SampleSize!.Value, _policy.Threshold), source)
                : new Figure(period.Code, period.Year, period.Label, row.Value, row.Lower, row.Upper, row.SampleSize, null, source);
        }

        public bool IsSuppressed(ObservationRow row) => _policy.IsSuppressed(row.SampleSize);

        /// <summary>The change from one figure to a later one; null when either is suppressed (it may not be compared).</summary>
        public Change? ChangeBetween(IndicatorInfo indicator, ObservationRow previous, ObservationRow current)
        {
            if (IsSuppressed(previous) || IsSuppressed(current))
            {
                return null;
            }

            var direction = ChangeClassifier.Classify(indicator.Polarity, previous.Value, current.Value);
            var test = SignificanceTest.Compare(
                indicator.Kind == IndicatorKind.Percentage,
                Measurement.FromStore(previous.Value, previous.Lower, previous.Upper, previous.SampleSize),
                Measurement.FromStore(current.Value, current.Lower, current.Upper, current.SampleSize));
            return new Change(
                direction,
                test.Outcome,
                current.Value - previous.Value,
                double.IsNaN(test.PValue) ? null : test.PValue,
                _periods[previous.PeriodId].Code,
                _periods[current.PeriodId].Code);
        }
    }
}
