using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>A period with its place in time order (year, then code).</summary>
internal sealed record PeriodInfo(int Id, string Code, int Year, string Label, int Order);

/// <summary>The periods a page knows, in time order, by id and by code.</summary>
internal sealed class PeriodCatalogue(IReadOnlyList<PeriodInfo> ordered)
{
    private readonly Dictionary<int, PeriodInfo> _byId = ordered.ToDictionary(p => p.Id);
    private readonly Dictionary<string, PeriodInfo> _byCode = ordered.ToDictionary(p => p.Code, StringComparer.Ordinal);

    public IReadOnlyList<PeriodInfo> Ordered => ordered;

    public PeriodInfo this[int id] => _byId[id];

    public PeriodInfo? ByCode(string? code) => code is not null && _byCode.TryGetValue(code, out var period) ? period : null;
}

/// <summary>The import batch a figure came from.</summary>
internal sealed record BatchInfo(int Id, string Source, DateTimeOffset ImportedAt);

/// <summary>One figure as read, before the small-number policy.</summary>
internal readonly record struct ObservationRow(int IndicatorId, int PeriodId, int BreakdownId, int AreaId, double Value, double? Lower, double? Upper, int? SampleSize, int BatchId);

/// <summary>Observations read for a page, indexed by indicator, breakdown and area, each series in time order.</summary>
internal sealed class FigureSet
{
    private readonly Dictionary<(int Indicator, int Breakdown, int Area), List<ObservationRow>> _series = [];
    private readonly Dictionary<int, BatchInfo> _batches;
    private readonly Dictionary<ObservationRow, ObservationRow[]> _inputs = [];
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

    /// <summary>The area's figures of one indicator and breakdown, oldest first (the parts of a derived indicator).</summary>
    public List<ObservationRow> Series(int indicatorId, int breakdownId, int areaId) =>
        _series.TryGetValue((indicatorId, breakdownId, areaId), out var list) ? list : [];

    /// <summary>
    /// Adds figures the monitor derived (<see cref="FigureDerivation"/>) to an area's series, each under
    /// <paramref name="batch"/> (which names the derivation as its source), so that pages read them like stored ones.
    /// </summary>
    /// <remarks>Each row keeps the figures it was derived from, so its sources can be named (<see cref="StoredBehind"/>).</remarks>
    public void AddDerived(IReadOnlyCollection<(ObservationRow Row, ObservationRow[] Inputs)> derived, BatchInfo batch)
    {
        _batches.TryAdd(batch.Id, batch);
        var rows = new List<ObservationRow>(derived.Count);
        foreach (var (row, inputs) in derived)
        {
            _inputs[row] = inputs;
            rows.Add(row);
        }

        foreach (var group in rows.GroupBy(r => (r.IndicatorId, r.BreakdownId, r.AreaId)))
        {
            if (!_series.TryGetValue(group.Key, out var list))
            {
                list = [];
                _series.Add(group.Key, list);
            }

            list.AddRange(group);
            list.Sort((a, b) => _periods[a.PeriodId].Order.CompareTo(_periods[b.PeriodId].Order));
        }
    }

    /// <summary>
    /// The stored figures behind <paramref name="row"/>: the row itself when it was imported, else the figures it was
    /// derived from, down to stored ones (a ratio of a focus area from its wijken's sums of buurten names the buurten's
    /// sources). A page names their sources, so a derived figure never hides where its parts came from.
    /// </summary>
    public IEnumerable<ObservationRow> StoredBehind(ObservationRow row)
    {
        if (!_inputs.TryGetValue(row, out var inputs))
        {
            yield return row;
            yield break;
        }

        foreach (var input in inputs)
        {
            foreach (var stored in StoredBehind(input))
            {
                yield return stored;
            }
        }
    }

    /// <summary>The area's figures for the entry's indicator and breakdown, oldest first (suppressed ones included).</summary>
    public List<ObservationRow> Series(KernsetIndicator entry, int areaId) =>
        entry.BreakdownId is { } breakdown && _series.TryGetValue((entry.Indicator.Id, breakdown, areaId), out var list) ? list : [];

    public ObservationRow? At(KernsetIndicator entry, int areaId, int periodId)
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
    public ObservationRow? Before(KernsetIndicator entry, int areaId, PeriodInfo period)
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

    /// <summary>
    /// A reference area's figure to set beside an area's figure of <paramref name="period"/>: the reference's figure of
    /// that period, else its nearest earlier one (the figure carries its period, which the page shows), else none. A
    /// reference is never compared with a later figure than the area's.
    /// </summary>
    public ObservationRow? AtOrBefore(KernsetIndicator entry, int areaId, PeriodInfo period) =>
        At(entry, areaId, period.Id) ?? Before(entry, areaId, period);

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

    /// <summary>The change from one figure to a later one, with its claim (the one place it is decided); null when either is suppressed (it may not be compared).</summary>
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
        var difference = current.Value - previous.Value;
        var claim = ChangeClaims.Classify(indicator.Summary.SourceKind, direction, difference, test.Outcome);
        return new Change(
            direction,
            test.Outcome,
            difference,
            double.IsNaN(test.PValue) ? null : test.PValue,
            _periods[previous.PeriodId].Code,
            _periods[current.PeriodId].Code,
            claim,
            claim.IsRegister() ? ChangeClaims.RelativePercent(previous.Value, current.Value) : null);
    }
}
