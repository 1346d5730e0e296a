using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Tests.Charts;

public sealed class ComparisonChartTests
{
    [Fact]
    public void Build_IndicatorsAndAreas_GroupsBarsPerIndicatorWithOneColourPerArea()
    {
        var spec = ComparisonChart.Build(ChartSamples.Comparison());

        Assert.Equal("bar", ChartSamples.MarkType(spec));
        var encoding = spec["encoding"]!;
        Assert.Equal("indicator", (string?)encoding["y"]!["field"]);
        Assert.Equal(["Eenzaamheid", "Ervaren gezondheid"], ChartSamples.Strings(encoding["y"]!["sort"]));
        Assert.Equal("area", (string?)encoding["yOffset"]!["field"]);
        Assert.Equal("quantitative", (string?)encoding["x"]!["type"]);
        Assert.Equal(["Overvecht", "Batau"], ChartSamples.Strings(encoding["color"]!["scale"]!["domain"]));
        Assert.Equal(ChartTheme.CategoryColors.Take(2), ChartSamples.Strings(encoding["color"]!["scale"]!["range"]));
    }

    [Fact]
    public void Build_ValueMissing_IsLeftOutOfTheData()
    {
        var spec = ComparisonChart.Build(ChartSamples.Comparison());

        var rows = spec["data"]!["values"]!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain(rows, static row => (string?)row!["area"] == "Batau" && (string?)row["indicator"] == "Eenzaamheid");
    }

    [Fact]
    public void Build_ValueForUnlistedArea_Throws()
    {
        var input = ChartSamples.Comparison() with { Values = [new ComparisonValue("Eenzaamheid", "Vollenhove", 40)] };

        Assert.Throws<ArgumentException>(() => ComparisonChart.Build(input));
    }
}
