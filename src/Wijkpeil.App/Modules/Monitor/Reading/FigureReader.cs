using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// Reads the figures of a monitor page through <see cref="IObservationReader"/>: the periods, and the kernset's
/// figures for the page's areas in one query. Every figure passes the small-number policy
/// (<see cref="SmallNumberOptions.MinimumSampleSize"/>) before it leaves a <see cref="FigureSet"/>; a suppressed figure
/// is never ranked, counted in a distribution or compared. Which figures exist is the <see cref="Audience"/>'s rule.
/// </summary>
public sealed class FigureReader(IObservationReader observations, IOptions<SmallNumberOptions> options)
{
    /// <summary>The small-number rule every figure of the monitor passes.</summary>
    internal SmallNumberPolicy Policy { get; } = new(options.Value.MinimumSampleSize);

    /// <summary>Every period, in time order (year, then code).</summary>
    internal async Task<PeriodCatalogue> PeriodsAsync(CancellationToken ct)
    {
        var periods = await observations.Periods.Select(p => new { p.Id, p.Code, p.Year, p.Label }).ToListAsync(ct);
        var ordered = periods
            .OrderBy(p => p.Year)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select((p, index) => new PeriodInfo(p.Id, p.Code, p.Year, p.Label, index))
            .ToList();
        return new PeriodCatalogue(ordered);
    }

    /// <summary>
    /// Reads the kernset's figures for these areas in one query: every indicator, kernset breakdown and period,
    /// through the primary key (<see cref="KeySeek"/>) so that SQLite seeks instead of scanning the table. Of the
    /// <paramref name="buurten"/> (many: a gemeente's) only the indicators that are summed over areas are read.
    /// </summary>
    internal async Task<FigureSet> FiguresAsync(
        IEnumerable<KernsetIndicator> kernsetEntries, List<int> areaIds, PeriodCatalogue periods, Audience audience, CancellationToken ct, BuurtSums? buurten = null)
    {
        var entries = kernsetEntries.ToList();
        if (areaIds.Count == 0 || entries.Count == 0)
        {
            return new FigureSet([], [], periods, Policy);
        }

        var indicatorIds = entries.SelectMany(e => e.Indicator.FigureIds).Distinct().ToList();
        var breakdownIds = entries.Where(e => e.BreakdownId.HasValue).Select(e => e.BreakdownId!.Value).Distinct().ToList();
        var areas = areaIds.Distinct().ToList();
        var summed = entries.Where(e => e.Indicator.SumsOverAreas).Select(e => e.Indicator.Id).Distinct().ToList();
        var parts = summed.Count == 0 ? [] : (buurten?.AreaIds ?? []).Except(areas).ToList();
        var figures = observations.Figures(audience, KeySeek.Periods)
            .Where(o => indicatorIds.Contains(o.IndicatorId) && breakdownIds.Contains(o.BreakdownId) && areas.Contains(o.AreaId));
        if (parts.Count > 0)
        {
            // A UNION ALL, not an OR: each half seeks through the key (an OR of two area lists scans the table).
            figures = figures.Concat(observations.Figures(audience, KeySeek.Periods)
                .Where(o => summed.Contains(o.IndicatorId) && breakdownIds.Contains(o.BreakdownId) && parts.Contains(o.AreaId)));
        }

        // Each figure with its import batch, in one command.
        var rows = await (
            from o in figures
            join b in observations.Batches on o.BatchId equals b.Id
            select new { Row = new ObservationRow(o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId, o.Value, o.Lower, o.Upper, o.SampleSize, o.BatchId), b.Source, b.ImportedAt })
            .ToListAsync(ct);
        var batches = rows.DistinctBy(r => r.Row.BatchId).ToDictionary(r => r.Row.BatchId, r => new BatchInfo(r.Row.BatchId, r.Source, r.ImportedAt));
        return new FigureSet(rows.Select(r => r.Row), batches, periods, Policy);
    }

    /// <summary>The waves of the programme in which a member area has a figure for some kernset indicator, in wave order.</summary>
    /// <summary>
    /// Which of <paramref name="indicatorIds"/> have any figure the audience may see, in any area: one command, asked
    /// only for pillars that have nothing to show for a page's area (issue 11, point 4: "no figures published yet").
    /// </summary>
    internal async Task<HashSet<int>> IndicatorsWithFiguresAsync(IReadOnlyCollection<int> indicatorIds, Audience audience, CancellationToken ct)
    {
        if (indicatorIds.Count == 0)
        {
            return [];
        }

        var ids = indicatorIds.ToList();
        var figures = observations.Figures(audience);
        // One EXISTS probe per indicator on the key's leading column, in one command (the ids as a parameter collection).
        return [.. await observations.Periods
            .Take(1)
            .SelectMany(_ => ids.Where(id => figures.Any(o => o.IndicatorId == id)))
            .ToListAsync(ct)];
    }

    internal static List<WaveDetails> WavesWithFigures(Kernset kernset, FigureSet figures, List<AreaRow> members) =>
        [.. kernset.Waves.Where(w => kernset.Entries.Any(e =>
            figures.Periods.ByCode(Kernset.PeriodIn(w, e)) is { } period && members.Any(m => figures.At(e, m.Id, period.Id) is not null)))];

    /// <summary>The row's figures for one area: latest, the one before, the change and the series.</summary>
    internal static (Figure? Latest, Figure? Previous, Change? Change, List<Figure> Trend) LatestAndPrevious(FigureSet figures, KernsetIndicator entry, int areaId)
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

    /// <summary>The last figure of a series in time order, if any.</summary>
    internal static ObservationRow? LatestOf(List<ObservationRow> series) => series.Count > 0 ? series[^1] : null;
}
