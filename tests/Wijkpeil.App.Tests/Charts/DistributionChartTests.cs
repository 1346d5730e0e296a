using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Tests.Charts;

public sealed class DistributionChartTests
{
    [Fact]
    public void Build_Bins_DrawsThemAsBinnedBars()
    {
        var spec = DistributionChart.Build(ChartSamples.Distribution());

        var bars = ChartSamples.Layer(spec, "bar");
        Assert.True((bool)bars["encoding"]!["x"]!["bin"]!["binned"]!);
        Assert.Equal("from", (string?)bars["encoding"]!["x"]!["field"]);
        Assert.Equal("to", (string?)bars["encoding"]!["x2"]!["field"]);
        Assert.Equal("count", (string?)bars["encoding"]!["y"]!["field"]);
        Assert.Equal(3, bars["data"]!["values"]!.AsArray().Count);
        Assert.Single(ChartSamples.Layers(spec));
    }

    [Fact]
    public void Build_Marker_AddsRuleAndLabelAtItsValue()
    {
        var spec = DistributionChart.Build(ChartSamples.Distribution(new DistributionMarker(57.5, "Overvecht")));

        var rule = ChartSamples.Layer(spec, "rule");
        Assert.Equal(ChartTheme.MarkerColor, (string?)rule["mark"]!["color"]);
        Assert.Equal(57.5, (double)rule["data"]!["values"]![0]!["value"]!);
        var text = ChartSamples.Layer(spec, "text");
        Assert.Equal("label", (string?)text["encoding"]!["text"]!["field"]);
    }

    [Fact]
    public void Build_BinRunningBackwards_Throws()
    {
        var input = ChartSamples.Distribution() with { Bins = [new DistributionBin(60, 50, 1)] };

        Assert.Throws<ArgumentException>(() => DistributionChart.Build(input));
    }
}
