using System.Globalization;
using System.Text.Json.Nodes;
using Wijkpeil.App.Modules.Monitor.Charts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>
/// Turns the monitor's read models into chart specifications. Suppressed and missing figures become
/// gaps (null), never zeros: the table beside each chart says why they are missing.
/// </summary>
public static class MonitorCharts
{
    public static JsonObject Trend(IndicatorRow row, AreaRef area, string description)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(area);
        var points = row.Trend.Select(f => new TrendPoint(f.PeriodYear, f.PeriodLabel, f.Value, f.Lower, f.Upper)).ToList();
        return TrendChart.Build(new TrendChartInput(description, row.Indicator.Unit, new TrendSeries(area.Name, points), [], Decimals(row.Trend.Select(f => f.Value)), row.Indicator.Kind == IndicatorKind.Percentage));
    }

    public static JsonObject Ranking(IndicatorProfile profile, string? highlightCode, string highlightLabel, string description)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var bars = profile.Ranking
            .Where(r => r.Figure.Value is not null)
            .Select(r => new RankingBar(r.Area.Code, r.Area.Name, r.Figure.Value!.Value))
            .ToList();
        return RankingChart.Build(new RankingChartInput(
            description,
            profile.Indicator.Unit,
            bars,
            highlightCode is null ? [] : [highlightCode],
            highlightLabel,
            Decimals(bars.Select(b => (double?)b.Value))));
    }

    public static JsonObject Distribution(IndicatorProfile profile, Distribution distribution, DistributionMarker? marker, string description)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(distribution);
        var bins = distribution.Bins.Select(b => new DistributionBin(b.From, b.To, b.Count)).ToList();
        return DistributionChart.Build(new DistributionChartInput(description, profile.Indicator.Unit, bins, marker, Decimals([distribution.Min, distribution.Max, .. bins.Select(b => (double?)b.From)])));
    }

    public static JsonObject Map(IndicatorProfile profile, string dataUrl, string description)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ChoroplethChart.Build(new ChoroplethChartInput(
            description,
            dataUrl,
            profile.Indicator.Unit,
            profile.Indicator.Polarity,
            Decimals(profile.Ranking.Select(r => r.Figure.Value))));
    }

    /// <summary>Shows as many decimals as the figures have, at most two: 34.910 stays whole, 69,9 keeps its one.</summary>
    public static int Decimals(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var decimals = 0;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                continue;
            }

            for (var d = decimals; d < 2 && Math.Abs(Math.Round(v, d) - v) > 1e-9; d++)
            {
                decimals = d + 1;
            }
        }

        return decimals;
    }

    /// <summary>A chart id safe for an HTML attribute.</summary>
    public static string Id(string prefix, string code) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{new string(code.Where(char.IsAsciiLetterOrDigit).ToArray())}");
}
