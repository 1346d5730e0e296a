using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Tests.Charts;

public sealed class TrendChartTests
{
    [Fact]
    public void Build_AreaWithIntervals_DrawsBandFromLowerToUpper()
    {
        var spec = TrendChart.Build(ChartSamples.Trend(withIntervals: true));

        var band = ChartSamples.Layer(spec, "area");
        Assert.Equal("lower", (string?)band["encoding"]!["y"]!["field"]);
        Assert.Equal("upper", (string?)band["encoding"]!["y2"]!["field"]);
        Assert.Equal("quantitative", (string?)band["encoding"]!["x"]!["type"]);
        Assert.Equal(["area", "rule", "line", "point"], ChartSamples.Layers(spec).Select(ChartSamples.MarkType));
        var rule = ChartSamples.Layer(spec, "rule");
        Assert.Equal(("lower", "upper"), ((string?)rule["encoding"]!["y"]!["field"], (string?)rule["encoding"]!["y2"]!["field"]));
    }

    [Fact]
    public void Build_Percentage_ValueAxisFromZeroToTheHighestUpperBound()
    {
        var input = ChartSamples.Trend(withIntervals: true) with { IsPercentage = true };
        var highest = input.References.Prepend(input.Area).SelectMany(static s => s.Points).Max(static p => Math.Max(p.Value ?? 0, p.Upper ?? 0));

        var spec = TrendChart.Build(input);

        var scale = ChartSamples.Layer(spec, "line")["encoding"]!["y"]!["scale"]!;
        Assert.True((bool)scale["zero"]!);
        Assert.Equal([0.0, highest], scale["domain"]!.AsArray().Select(static d => (double)d!));
    }

    [Fact]
    public void Build_Count_ValueAxisIncludesZero()
    {
        var spec = TrendChart.Build(ChartSamples.Trend(withIntervals: false));

        var scale = ChartSamples.Layer(spec, "line")["encoding"]!["y"]!["scale"]!;
        Assert.True((bool)scale["zero"]!);
        Assert.Null(scale["domain"]);
    }

    [Fact]
    public void Build_AreaWithoutIntervals_HasNoBand()
    {
        var spec = TrendChart.Build(ChartSamples.Trend(withIntervals: false));

        Assert.Equal(["line", "point"], ChartSamples.Layers(spec).Select(ChartSamples.MarkType));
        var tooltips = ChartSamples.Layer(spec, "point")["encoding"]!["tooltip"]!.AsArray().Select(static t => (string?)t!["field"]);
        Assert.DoesNotContain("lower", tooltips);
    }

    [Fact]
    public void Build_OnlyReferencesHaveIntervals_HasNoBand()
    {
        // The band belongs to the area; a reference's interval alone must not produce one.
        var input = ChartSamples.Trend(withIntervals: false);
        var reference = new TrendSeries("Nederland", [new TrendPoint(2020, "2020", 70, 69, 71)]);

        var spec = TrendChart.Build(input with { References = [reference] });

        Assert.DoesNotContain("area", ChartSamples.Layers(spec).Select(ChartSamples.MarkType));
    }

    [Fact]
    public void Build_ThreeReferences_DashesEachDifferentlyInOneLegend()
    {
        var spec = TrendChart.Build(ChartSamples.Trend(references: 3));

        var encoding = ChartSamples.Layer(spec, "line")["encoding"]!;
        Assert.Equal(["Overvecht", "Gemeente Utrecht", "Provincie Utrecht", "Nederland"], ChartSamples.Strings(encoding["color"]!["scale"]!["domain"]));
        Assert.Equal(ChartTheme.FocusColor, (string?)encoding["color"]!["scale"]!["range"]![0]);
        var dashes = encoding["strokeDash"]!["scale"]!["range"]!.AsArray().Select(static d => d!.ToJsonString()).ToList();
        Assert.Equal("[1,0]", dashes[0]);
        Assert.Equal(4, dashes.Distinct().Count());
        Assert.Equal("series", (string?)encoding["strokeDash"]!["field"]);
        Assert.NotNull(encoding["color"]!["legend"]);
        Assert.NotNull(encoding["strokeDash"]!["legend"]);
    }

    [Fact]
    public void Build_NoReferences_HasNoLegend()
    {
        var spec = TrendChart.Build(ChartSamples.Trend(references: 0));

        var encoding = ChartSamples.Layer(spec, "line")["encoding"]!.AsObject();
        Assert.True(encoding["color"]!.AsObject().ContainsKey("legend"));
        Assert.Null(encoding["color"]!["legend"]);
    }

    [Fact]
    public void Build_AnyInput_TitlesValueAxisWithUnitAndFormatsDutch()
    {
        var spec = TrendChart.Build(ChartSamples.Trend() with { Unit = "per 1.000 inwoners", Decimals = 2 });

        var y = ChartSamples.Layer(spec, "line")["encoding"]!["y"]!;
        Assert.Equal("per 1.000 inwoners", (string?)y["title"]);
        Assert.Equal(",.2~f", (string?)y["axis"]!["format"]);
        Assert.Equal("d", (string?)ChartSamples.Layer(spec, "line")["encoding"]!["x"]!["axis"]!["format"]);
    }

    [Fact]
    public void Build_PointWithoutValue_IsLeftOutOfTheData()
    {
        var input = ChartSamples.Trend(references: 0);
        var area = new TrendSeries("Overvecht", [new TrendPoint(2016, "2016", 60), new TrendPoint(2020, "2020", null)]);

        var spec = TrendChart.Build(input with { Area = area });

        var rows = spec["data"]!["values"]!.AsArray();
        var row = Assert.Single(rows);
        Assert.Equal(2016, (int)row!["year"]!);
    }

    [Fact]
    public void Build_ReferenceNamedLikeTheArea_Throws()
    {
        var input = ChartSamples.Trend(references: 0);

        Assert.Throws<ArgumentException>(() => TrendChart.Build(input with { References = [new TrendSeries("Overvecht", [])] }));
    }

    [Fact]
    public void Build_NotANumber_Throws()
    {
        var input = ChartSamples.Trend(references: 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => TrendChart.Build(input with { Area = new TrendSeries("Overvecht", [new TrendPoint(2020, "2020", double.NaN)]) }));
    }
}
