using Wijkpeil.App.Modules.Monitor.Charts;

namespace Wijkpeil.App.Tests.Charts;

public sealed class RankingChartTests
{
    [Fact]
    public void Build_HighlightedCode_GetsFocusColourAndOthersNeutral()
    {
        var spec = RankingChart.Build(ChartSamples.Ranking("wk034403"));

        Assert.Equal("bar", ChartSamples.MarkType(spec));
        var color = spec["encoding"]!["color"]!;
        Assert.Equal("group", (string?)color["field"]);
        var domain = ChartSamples.Strings(color["scale"]!["domain"]);
        var range = ChartSamples.Strings(color["scale"]!["range"]);
        var colourOf = spec["data"]!["values"]!.AsArray().ToDictionary(
            static row => (string)row!["code"]!,
            row => range[domain.ToList().IndexOf((string?)row!["group"])]);
        Assert.Equal(ChartTheme.FocusColor, colourOf["WK034403"]);
        Assert.Equal(ChartTheme.NeutralColor, colourOf["WK034401"]);
        Assert.Equal(ChartTheme.NeutralColor, colourOf["WK034402"]);
        Assert.NotNull(color["legend"]);
    }

    [Fact]
    public void Build_NothingHighlighted_HasNoLegend()
    {
        var spec = RankingChart.Build(ChartSamples.Ranking());

        Assert.Null(spec["encoding"]!["color"]!["legend"]);
        Assert.All(spec["data"]!["values"]!.AsArray(), static row => Assert.Equal(RankingChart.OtherLabel, (string?)row!["group"]));
    }

    [Fact]
    public void Build_AnyInput_BarsAreHorizontalInTheGivenOrder()
    {
        var spec = RankingChart.Build(ChartSamples.Ranking("WK034403"));

        var encoding = spec["encoding"]!;
        Assert.Equal("nominal", (string?)encoding["y"]!["type"]);
        Assert.True(encoding["y"]!.AsObject().ContainsKey("sort"));
        Assert.Null(encoding["y"]!["sort"]);
        Assert.Equal("quantitative", (string?)encoding["x"]!["type"]);
        Assert.Equal("%", (string?)encoding["x"]!["title"]);
        Assert.Equal(["West", "Overvecht", "Noordwest"], spec["data"]!["values"]!.AsArray().Select(static row => (string?)row!["label"]));
    }

    [Fact]
    public void Build_TwoAreasWithOneName_LabelsBothWithTheirCode()
    {
        var input = ChartSamples.Ranking() with
        {
            Bars = [new RankingBar("WK001400", "Centrum", 70), new RankingBar("WK034409", "Centrum", 68), new RankingBar("WK034401", "West", 80)],
        };

        var spec = RankingChart.Build(input);

        Assert.Equal(["Centrum (WK001400)", "Centrum (WK034409)", "West"], spec["data"]!["values"]!.AsArray().Select(static row => (string?)row!["label"]));
    }
}
