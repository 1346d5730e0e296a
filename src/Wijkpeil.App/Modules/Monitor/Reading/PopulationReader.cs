using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>An area's number of inhabitants: CBS AantalInwoners, total, of the newest period with a figure.</summary>
/// <param name="Value">Inhabitants.</param>
/// <param name="Period">The period, e.g. 2024.</param>
/// <param name="Source">The source table of the figure, e.g. 85984NED.</param>
public sealed record Population(double Value, string Period, string Source);

/// <summary>Reads the inhabitants of a page's areas (the area and its children) in one command.</summary>
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
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => new Population(r.Value, r.Code, r.Source)).Last());
    }
}
