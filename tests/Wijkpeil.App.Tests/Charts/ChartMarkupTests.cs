using System.Text.Json.Nodes;
using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Tests.Charts;

public sealed class ChartMarkupTests
{
    [Fact]
    public void SpecJson_LabelWithClosingScriptTag_CannotBreakOutOfTheScriptElement()
    {
        const string Hostile = "</script><script>alert('x')</script><!-- & \u2028";
        var spec = RankingChart.Build(ChartSamples.Ranking() with { Bars = [new RankingBar("WK034403", Hostile, 1)] });

        var json = ChartMarkup.SpecJson(spec);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", json, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Hostile, (string?)JsonNode.Parse(json)!["data"]!["values"]![0]!["name"]);
    }

    [Fact]
    public void SpecJson_Spec_RoundTripsToTheSameJson()
    {
        var spec = TrendChart.Build(ChartSamples.Trend());

        var json = ChartMarkup.SpecJson(spec);

        Assert.True(JsonNode.DeepEquals(spec, JsonNode.Parse(json)));
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
    }
}
