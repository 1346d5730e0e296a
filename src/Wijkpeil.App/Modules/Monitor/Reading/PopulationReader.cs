using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// How many people live in an area: CBS AantalInwoners, total, of the newest period with a figure; for a focus area of
/// several members the sum of their figures of the newest period all of them have (a derived figure).
/// </summary>
/// <param name="Inhabitants">Inhabitants.</param>
/// <param name="Period">The period, e.g. 2024.</param>
/// <param name="Source">The source table of the figure in brief, e.g. "CBS 85984NED".</param>
public sealed record Population(double Inhabitants, string Period, string Source);

/// <summary>
/// The one place that reads inhabitants: a page's areas (an area and its children) in one command, or a focus area's
/// from the figures its page already read.
/// </summary>
public sealed class PopulationReader(IObservationReader observations, IIndicatorCatalogue indicators)
{
    /// <summary>The indicator CBS calls AantalInwoners (kwb and 85984NED).</summary>
    public const string Indicator = "AantalInwoners";

    /// <summary>Each area's newest published total; an area without one is left out.</summary>
    internal async Task<Dictionary<int, Population>> NewestAsync(IReadOnlyCollection<int> areaIds, CancellationToken ct)
    {
        if (areaIds.Count == 0)
        {
            return [];
        }

        var ids = areaIds.Distinct().ToList();
        var rows = await (
            from o in observations.Figures(Audience.Public, KeySeek.Periods)
            join i in indicators.Indicators on o.IndicatorId equals i.Id
            join b in observations.Breakdowns on o.BreakdownId equals b.Id
            join p in observations.Periods on o.PeriodId equals p.Id
            join s in observations.Batches on o.BatchId equals s.Id
            where i.Code == Indicator && b.Code == "totaal" && ids.Contains(o.AreaId)
            select new { o.AreaId, o.Value, p.Code, p.Year, s.Source })
            .ToListAsync(ct);
        return rows
            .GroupBy(r => r.AreaId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => new Population(r.Value, r.Code, SourceTables.Brief(r.Source, null))).Last());
    }

    /// <summary>
    /// The inhabitants of <paramref name="areaIds"/> together, read with the kernset's ratios per inhabitant (their
    /// denominator is <see cref="Indicator"/>, so the figures are read already and this costs no command): one area's
    /// newest figure, or the sum of the areas' figures of the newest period all of them have. Null when no ratio per
    /// inhabitant is in the kernset or an area lacks the figure.
    /// </summary>
    internal static Population? Of(Kernset kernset, FigureSet figures, IReadOnlyList<int> areaIds)
    {
        if (areaIds.Count == 0 || kernset.Entries.FirstOrDefault(e => e.Indicator.Ratio is { Ratio.Denominator: Indicator }) is not { } entry)
        {
            return null;
        }

        var ratio = entry.Indicator.Ratio!;
        if ((ratio.TotalBreakdownId ?? entry.BreakdownId) is not { } breakdown)
        {
            return null;
        }

        var series = areaIds.Select(id => figures.Series(ratio.DenominatorId, breakdown, id)).ToList();
        var period = series[0].Select(r => r.PeriodId)
            .Where(p => series.All(s => s.Any(r => r.PeriodId == p)))
            .OrderBy(p => figures.Periods[p].Order)
            .Cast<int?>()
            .LastOrDefault();
        if (period is not { } newest)
        {
            return null;
        }

        var rows = series.Select(s => s.Last(r => r.PeriodId == newest)).ToList();
        var sources = rows.Select(r => SourceTables.Brief(figures.Batch(r).Source, null)).Distinct(StringComparer.Ordinal);
        return new Population(rows.Sum(r => r.Value), figures.Periods[newest].Label, string.Join(", ", sources));
    }
}
