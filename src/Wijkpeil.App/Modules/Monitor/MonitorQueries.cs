using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>
/// The read side of the public outcome monitor: builds the read models of <c>MonitorModels.cs</c> from the
/// register, the programmes (through <see cref="IProgrammeCatalogue"/>, never "the first one") and the observations. Every figure passes the small-number
/// policy (<see cref="SmallNumberOptions.MinimumSampleSize"/>) before it leaves; a suppressed figure is never
/// ranked, counted in a distribution or compared. Which figures exist is the <see cref="Audience"/>'s rule: the pages read as the public.
/// </summary>
/// <remarks>
/// Each call reads observations in one query for all the areas and indicators it needs, through the primary
/// key (<see cref="KeySeek"/>), and puts the rest together in memory. The register, the catalogue and the figures are
/// read through their modules' contracts (<see cref="IAreaRegister"/>, <see cref="IIndicatorCatalogue"/>,
/// <see cref="IObservationReader"/>), composed into one command where a page joins them.
/// </remarks>
public sealed partial class MonitorQueries(
    IAreaRegister register,
    IObservationReader observations,
    IOptions<SmallNumberOptions> options,
    PageCacheTags pageTags,
    IProgrammeCatalogue programmeCatalogue,
    IIndicatorCatalogue indicatorCatalogue)
{
    // NL > provincie > gemeente > wijk > buurt: four steps at most; the bound guards against a cycle in bad data.
    private const int MaxAncestors = 4;

    private readonly SmallNumberPolicy _policy = new(options.Value.MinimumSampleSize);

    /// <summary>
    /// The kernsets of these programmes, with what the pages need about each indicator: one read of the indicators (with
    /// their source tables, to place them in waves) and one of the breakdowns, for all programmes together.
    /// </summary>
    private async Task<List<Kernset>> KernsetsAsync(IReadOnlyList<ProgrammeDetails> programmes, CancellationToken ct)
    {
        if (programmes.Count == 0)
        {
            return [];
        }

        pageTags.Add(programmes.Select(p => CacheTags.Programme(p.Slug)));
        pageTags.Add(CacheTags.Figures);
        var descriptions = await indicatorCatalogue.DescribeAsync([.. programmes.SelectMany(p => p.Kernset).Select(k => k.IndicatorId).Distinct()], ct);
        var indicators = descriptions.Values.ToDictionary(d => d.Id, IndicatorInfo.Of);
        var breakdowns = await observations.Breakdowns.Select(b => new { b.Id, b.Code }).ToDictionaryAsync(b => b.Code, b => b.Id, StringComparer.Ordinal, ct);
        return [.. programmes.Select(programme => new Kernset(
            programme.Slug,
            programme.Name,
            [.. programme.Pillars.Select(p => new PillarRef(p.Number, p.NameNl, p.NameEn))],
            [.. programme.Kernset
                .Where(c => indicators.ContainsKey(c.IndicatorId))
                .Select(c => new KernsetEntry(c.PillarNumber, indicators[c.IndicatorId], c.BreakdownCode, breakdowns.TryGetValue(c.BreakdownCode, out var id) ? id : null))],
            programme.FocusAreas,
            programme.ReferenceAreas,
            programme.Waves))];
    }

    /// <summary>
    /// The programme a page asked for with <c>?programma=</c>; without one, the only programme. Null when the slug is
    /// unknown, or when none was asked for and there are several (the page then lets the reader choose).
    /// </summary>
    private async Task<ProgrammeDetails?> ChosenProgrammeAsync(string? slug, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(slug))
        {
            var named = await programmeCatalogue.DetailsAsync([slug.Trim()], ct);
            return named.Count > 0 ? named[0] : null;
        }

        pageTags.Add(CacheTags.Programmes);
        var all = await programmeCatalogue.ListAsync(ct);
        var only = all.Count == 1 ? await programmeCatalogue.DetailsAsync([all[0].Slug], ct) : [];
        return only.Count > 0 ? only[0] : null;
    }

    /// <summary>Every period, in time order (year, then code).</summary>
    private async Task<PeriodCatalogue> PeriodsAsync(CancellationToken ct)
    {
        var periods = await observations.Periods.Select(p => new { p.Id, p.Code, p.Year, p.Label }).ToListAsync(ct);
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

        var rows = await register.Areas.Where(a => list.Contains(a.Code)).ToListAsync(ct);
        pageTags.Add(rows.Select(a => CacheTags.Area(a.Code.Value)));
        return rows.ToDictionary(a => a.Code);
    }

    /// <summary>One area of the register; the page showing it carries its tag (<see cref="CacheTags.Area"/>) also when it is missing.</summary>
    private async Task<AreaRow?> AreaAsync(AreaCode code, CancellationToken ct)
    {
        pageTags.Add(CacheTags.Area(code.Value));
        return await register.Areas.Where(a => a.Code == code).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// The area and its ancestors, from the country down to the parent, in one read: the codes the area's own code names
    /// (buurt to wijk to gemeente, and NL00) and the register parents of those. Follows the register's parent, or the
    /// parent the code itself names where the register has none; stops where the register lacks the area. Should the
    /// register's parents lead outside what was read, the rest of the way is read one area at a time.
    /// </summary>
    private async Task<(AreaRow Area, List<AreaRow> Ancestors)?> AreaWithAncestorsAsync(AreaCode code, CancellationToken ct)
    {
        var candidates = new List<AreaCode> { code, Netherlands };
        for (var derived = code.DerivedParent; derived is { } parent && candidates.Count < MaxAncestors + 2; derived = parent.DerivedParent)
        {
            candidates.Add(parent);
        }

        var areas = register.Areas;
        var parents = areas.Where(x => candidates.Contains(x.Code)).Select(x => x.ParentCode);
        var read = await areas
            .Where(a => candidates.Contains(a.Code) || parents.Contains((AreaCode?)a.Code))
            .ToDictionaryAsync(a => a.Code, ct);
        pageTags.Add(CacheTags.Area(code.Value));
        if (!read.TryGetValue(code, out var area))
        {
            return null;
        }

        var ancestors = new List<AreaRow>();
        var parentCode = area.ParentCode ?? area.Code.DerivedParent;
        while (parentCode is { } next && ancestors.Count < MaxAncestors)
        {
            var parent = read.TryGetValue(next, out var known) ? known : await AreaAsync(next, ct);
            if (parent is null)
            {
                break;
            }

            pageTags.Add(CacheTags.Area(parent.Code.Value));
            ancestors.Add(parent);
            parentCode = parent.ParentCode ?? parent.Code.DerivedParent;
        }

        ancestors.Reverse();
        return (area, ancestors);
    }

    /// <summary>A focus area as pages link to it, with the names of its gemeente and members from <paramref name="areas"/>.</summary>
    private static FocusAreaRef FocusAreaRefOf(FocusAreaDetails focusArea, Dictionary<AreaCode, AreaRow> areas) =>
        new(focusArea.Slug, focusArea.Name, RefOf(focusArea.Municipality, areas), [.. focusArea.Members.Select(m => RefOf(m, areas))]);

    /// <summary>The codes <see cref="FocusAreaRefOf"/> needs from the register.</summary>
    private static IEnumerable<AreaCode> CodesOf(IEnumerable<FocusAreaDetails> focusAreas) =>
        focusAreas.SelectMany(f => f.Members.Append(f.Municipality));

    /// <summary>
    /// Reads the kernset's figures for these areas in one query: every indicator, kernset breakdown and period,
    /// through the primary key so that SQLite seeks instead of scanning the table.
    /// </summary>
    private async Task<FigureSet> FiguresAsync(IEnumerable<KernsetEntry> kernsetEntries, List<int> areaIds, PeriodCatalogue periods, Audience audience, CancellationToken ct)
    {
        var entries = kernsetEntries.ToList();
        if (areaIds.Count == 0 || entries.Count == 0)
        {
            return new FigureSet([], [], periods, _policy);
        }

        var indicatorIds = entries.Select(e => e.Indicator.Id).Distinct().ToList();
        var breakdownIds = entries.Where(e => e.BreakdownId.HasValue).Select(e => e.BreakdownId!.Value).Distinct().ToList();
        var areas = areaIds.Distinct().ToList();
        var figures = observations.Figures(audience, KeySeek.Periods)
            .Where(o => indicatorIds.Contains(o.IndicatorId) && breakdownIds.Contains(o.BreakdownId) && areas.Contains(o.AreaId));
        // Each figure with its import batch, in one command.
        var rows = await (
            from o in figures
            join b in observations.Batches on o.BatchId equals b.Id
            select new { Row = new ObservationRow(o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId, o.Value, o.Lower, o.Upper, o.SampleSize, o.BatchId), b.Source, b.ImportedAt })
            .ToListAsync(ct);
        var batches = rows.DistinctBy(r => r.Row.BatchId).ToDictionary(r => r.Row.BatchId, r => new BatchInfo(r.Row.BatchId, r.Source, r.ImportedAt));
        return new FigureSet(rows.Select(r => r.Row), batches, periods, _policy);
    }

    /// <summary>The waves of the programme in which a member area has a figure for some kernset indicator, in wave order.</summary>
    private static List<WaveDetails> WavesWithFigures(Kernset kernset, FigureSet figures, List<AreaRow> members) =>
        [.. kernset.Waves.Where(w => kernset.Entries.Any(e =>
            figures.Periods.ByCode(Kernset.PeriodIn(w, e)) is { } period && members.Any(m => figures.At(e, m.Id, period.Id) is not null)))];

    /// <summary>The focus area's members that the register holds.</summary>
    private static List<AreaRow> MemberRows(FocusAreaDetails focusArea, Dictionary<AreaCode, AreaRow> areas) =>
        [.. focusArea.Members.Where(areas.ContainsKey).Select(m => areas[m])];

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

    private static AreaCode? ParseCode(string? text) => AreaCodes.Parse(text);

    private sealed record IndicatorInfo(int Id, IndicatorSummary Summary, IReadOnlyList<string> SourceTables)
    {
        public IndicatorKind Kind => Summary.Kind;

        public Polarity Polarity => Summary.Polarity;

        public static IndicatorInfo Of(IndicatorDescription i) => new(
            i.Id,
            new IndicatorSummary(i.Code, i.NameNl, i.NameEn, i.DefinitionNl, i.DefinitionEn, i.Unit, i.Kind, i.Polarity, i.Source, i.PopulationGroup),
            [.. i.SourceMappings.Select(m => m.Table).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>A kernset indicator; <see cref="BreakdownId"/> is null while no figure of its breakdown exists.</summary>
    private sealed record KernsetEntry(int PillarNumber, IndicatorInfo Indicator, string BreakdownCode, int? BreakdownId);

    /// <summary>A programme's definition as the monitor's queries use it: its kernset with the indicators described.</summary>
    private sealed record Kernset(
        string Code,
        string Name,
        IReadOnlyList<PillarRef> Pillars,
        IReadOnlyList<KernsetEntry> Entries,
        IReadOnlyList<FocusAreaDetails> FocusAreas,
        IReadOnlyList<AreaCode> ReferenceAreas,
        IReadOnlyList<WaveDetails> Waves)
    {
        public IEnumerable<KernsetEntry> EntriesOf(PillarRef pillar) => Entries.Where(e => e.PillarNumber == pillar.Number);

        /// <summary>The period wave <paramref name="wave"/> takes for the entry's indicator, through its source tables; null when none.</summary>
        public static string? PeriodIn(WaveDetails wave, KernsetEntry entry) => wave.PeriodFor(entry.Indicator.SourceTables);
    }

    private sealed record PeriodInfo(int Id, string Code, int Year, string Label, int Order);

    private sealed class PeriodCatalogue(IReadOnlyList<PeriodInfo> ordered)
    {
        private readonly Dictionary<int, PeriodInfo> _byId = ordered.ToDictionary(p => p.Id);
        private readonly Dictionary<string, PeriodInfo> _byCode = ordered.ToDictionary(p => p.Code, StringComparer.Ordinal);

        public IReadOnlyList<PeriodInfo> Ordered => ordered;

        public PeriodInfo this[int id] => _byId[id];

        public PeriodInfo? ByCode(string? code) => code is not null && _byCode.TryGetValue(code, out var period) ? period : null;
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
