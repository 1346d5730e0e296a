using System.Globalization;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// Turns a file's parsed values into rows keyed by database ids, checking each one: a key appears once
/// and the value is a valid measurement for its indicator's kind and unit (a percentage within 0..100, a
/// whole non-negative count, no negative distance or rate, nothing beyond 10^12, an interval that holds the
/// value, a positive sample size).
/// </summary>
/// <remarks>
/// A large file is checked in two halves on two threads: at this point the importer's other thread is
/// idle (the next file's parse starts once this one is checked), and a 500,000-value StatLine table takes
/// 150 ms on one. Keys both halves hold are duplicates; then the file is checked again on one thread,
/// which finds the row where each duplicated key first appears for the message.
/// </remarks>
internal sealed class ObservationValidator(
    ParsedDataset dataset,
    IReadOnlyDictionary<string, IndicatorMatch> indicators,
    IReadOnlyDictionary<string, int> areaIds,
    IReadOnlyDictionary<string, int> periodIds,
    IReadOnlyDictionary<string, int> breakdownIds,
    int maxIssues)
{
    private const int ParallelFrom = 100_000;

    public async Task<(List<ObservationRow> Rows, List<ImportIssue> Issues)> ValidateAsync()
    {
        var count = dataset.Observations.Count;
        if (count < ParallelFrom)
        {
            var all = Validate(0, count, capacity: count);
            return (all.Rows, all.Issues);
        }

        var half = count / 2;
        var secondHalf = Task.Run(() => Validate(half, count, capacity: count - half));
        var first = Validate(0, half, capacity: count);
        var second = await secondHalf;
        if (first.Keys.Overlaps(second.Keys))
        {
            var all = Validate(0, count, capacity: count);
            return (all.Rows, all.Issues);
        }

        first.Rows.AddRange(second.Rows);
        first.Issues.AddRange(second.Issues.Take(maxIssues - first.Issues.Count));
        return (first.Rows, first.Issues);
    }

    private Part Validate(int start, int end, int capacity)
    {
        var part = new Part(new List<ObservationRow>(capacity), [], new ObservationKeySet());
        var indicatorOf = new CodeLookup<IndicatorMatch>(indicators);
        var areaIdOf = new CodeLookup<int>(areaIds);
        var periodIdOf = new CodeLookup<int>(periodIds);
        var breakdownIdOf = new CodeLookup<int>(breakdownIds);
        Dictionary<ObservationKey, int>? firstRows = null;
        var observations = dataset.Observations;
        for (var i = start; i < end; i++)
        {
            var parsed = observations[i];
            var indicator = indicatorOf[parsed.MeasureKey];
            var key = new ObservationKey(indicator.Id, areaIdOf[parsed.AreaCode], periodIdOf[parsed.PeriodCode], breakdownIdOf[parsed.BreakdownCode]);
            if (!part.Keys.Add(key))
            {
                // Rare, so the rows where keys first appear are looked up only now.
                firstRows ??= FirstRows(start, end, indicatorOf, areaIdOf, periodIdOf, breakdownIdOf);
                AddIssue(part.Issues, new ImportIssue(
                    dataset.FileName,
                    parsed.Row,
                    parsed.Column,
                    parsed.AreaCode,
                    string.Create(CultureInfo.InvariantCulture, $"dubbele rij: {parsed.AreaCode} / {indicator.Code} / {parsed.PeriodCode} / {parsed.BreakdownCode} staat ook in rij {firstRows[key]}.")));
                continue;
            }

            var measurement = Measurement.Create(indicator.Kind, parsed.Value, parsed.Lower, parsed.Upper, parsed.SampleSize, indicator.Unit);
            if (measurement.Error is { } error)
            {
                AddIssue(part.Issues, new ImportIssue(
                    dataset.FileName,
                    parsed.Row,
                    parsed.Column,
                    parsed.Value.ToString(CultureInfo.InvariantCulture),
                    $"{error.Message} (indicator {indicator.Code}, gebied {parsed.AreaCode})"));
                continue;
            }

            part.Rows.Add(new ObservationRow(key, measurement.Value));
        }

        return part;
    }

    private Dictionary<ObservationKey, int> FirstRows(int start, int end, CodeLookup<IndicatorMatch> indicatorOf, CodeLookup<int> areaIdOf, CodeLookup<int> periodIdOf, CodeLookup<int> breakdownIdOf)
    {
        var firstRows = new Dictionary<ObservationKey, int>();
        for (var i = start; i < end; i++)
        {
            var parsed = dataset.Observations[i];
            var key = new ObservationKey(indicatorOf[parsed.MeasureKey].Id, areaIdOf[parsed.AreaCode], periodIdOf[parsed.PeriodCode], breakdownIdOf[parsed.BreakdownCode]);
            firstRows.TryAdd(key, parsed.Row);
        }

        return firstRows;
    }

    private void AddIssue(List<ImportIssue> issues, ImportIssue issue)
    {
        if (issues.Count < maxIssues)
        {
            issues.Add(issue);
        }
    }

    private sealed record Part(List<ObservationRow> Rows, List<ImportIssue> Issues, ObservationKeySet Keys);
}
