using System.Text.Json.Nodes;
using Wijkpeil.App.Modules.Monitor.Charts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Charts;

/// <summary>Hand-made chart inputs (not real figures) and helpers to read the specifications back.</summary>
internal static class ChartSamples
{
    public static TrendChartInput Trend(bool withIntervals = true, int references = 3)
    {
        TrendPoint Point(int year, double value)
        {
            return withIntervals ? new TrendPoint(year, $"{year}", value, value - 3, value + 3) : new TrendPoint(year, $"{year}", value);
        }

        string[] names = ["Gemeente Utrecht", "Provincie Utrecht", "Nederland"];
        return new TrendChartInput(
            "Voorbeeld: het aandeel daalde van 2016 tot 2022.",
            "%",
            new TrendSeries("Overvecht", [Point(2016, 60), Point(2020, 58), Point(2022, 57)]),
            [.. names.Take(references).Select((name, i) => new TrendSeries(name, [new TrendPoint(2016, "2016", 70 + i), new TrendPoint(2022, "2022", 71 + i)]))]);
    }

    public static RankingChartInput Ranking(params string[] highlight)
    {
        return new RankingChartInput(
            "Voorbeeld: rangorde van drie wijken.",
            "%",
            [new RankingBar("WK034401", "West", 80), new RankingBar("WK034403", "Overvecht", 57), new RankingBar("WK034402", "Noordwest", 74)],
            highlight,
            "Overvecht");
    }

    public static DistributionChartInput Distribution(DistributionMarker? marker = null)
    {
        return new DistributionChartInput(
            "Voorbeeld: verdeling over wijken.",
            "%",
            [new DistributionBin(50, 60, 2), new DistributionBin(60, 70, 5), new DistributionBin(70, 80, 1)],
            marker);
    }

    public static ChoroplethChartInput Choropleth(Polarity polarity = Polarity.HigherIsBetter)
    {
        return new ChoroplethChartInput("Voorbeeld: kaart van de wijken.", "/kaart/wijken.geojson", "%", polarity);
    }

    public static ComparisonChartInput Comparison()
    {
        return new ComparisonChartInput(
            "Voorbeeld: twee gebieden vergeleken.",
            "%",
            ["Eenzaamheid", "Ervaren gezondheid"],
            ["Overvecht", "Batau"],
            [new ComparisonValue("Eenzaamheid", "Overvecht", 55), new ComparisonValue("Eenzaamheid", "Batau", null), new ComparisonValue("Ervaren gezondheid", "Batau", 66)]);
    }

    public static IEnumerable<(string Name, JsonObject Spec)> All()
    {
        yield return ("trend", TrendChart.Build(Trend()));
        yield return ("ranking", RankingChart.Build(Ranking("WK034403")));
        yield return ("distribution", DistributionChart.Build(Distribution(new DistributionMarker(57, "Overvecht"))));
        yield return ("choropleth", ChoroplethChart.Build(Choropleth()));
        yield return ("comparison", ComparisonChart.Build(Comparison()));
    }

    public static JsonArray Layers(JsonObject spec)
    {
        return spec["layer"]!.AsArray();
    }

    public static string? MarkType(JsonNode? unit)
    {
        return unit!["mark"] is JsonObject mark ? (string?)mark["type"] : (string?)unit["mark"];
    }

    public static JsonObject Layer(JsonObject spec, string markType)
    {
        return Layers(spec).Single(layer => MarkType(layer) == markType)!.AsObject();
    }

    public static IReadOnlyList<string?> Strings(JsonNode? array)
    {
        return [.. array!.AsArray().Select(static node => (string?)node)];
    }
}
