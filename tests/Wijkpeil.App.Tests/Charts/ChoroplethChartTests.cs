using Wijkpeil.App.Modules.Monitor.Charts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Charts;

public sealed class ChoroplethChartTests
{
    [Fact]
    public void Build_AnyInput_LoadsFeaturesFromTheUrl()
    {
        var spec = ChoroplethChart.Build(ChartSamples.Choropleth());

        Assert.Equal("/kaart/wijken.geojson", (string?)spec["data"]!["url"]);
        Assert.Equal("json", (string?)spec["data"]!["format"]!["type"]);
        Assert.Equal("features", (string?)spec["data"]!["format"]!["property"]);
        Assert.Equal("mercator", (string?)spec["projection"]!["type"]);
        Assert.All(ChartSamples.Layers(spec), static layer => Assert.Equal("geoshape", ChartSamples.MarkType(layer)));
    }

    [Fact]
    public void Build_AnyInput_ColoursAreasWithValueAndGreysTheRest()
    {
        var spec = ChoroplethChart.Build(ChartSamples.Choropleth());

        var layers = ChartSamples.Layers(spec);
        Assert.Equal(2, layers.Count);
        var grey = layers[0]!["encoding"]!["color"]!;
        Assert.Equal(ChoroplethChart.NoValueLabel, (string?)grey["datum"]);
        Assert.Equal([ChartTheme.NoValueColor], ChartSamples.Strings(grey["scale"]!["range"]));
        var values = layers[1]!;
        Assert.Equal("isValid(datum.properties.value)", (string?)values["transform"]![0]!["filter"]);
        Assert.Equal("properties.value", (string?)values["encoding"]!["color"]!["field"]);
        Assert.Equal("quantitative", (string?)values["encoding"]!["color"]!["type"]);
        Assert.Equal(["properties.name", "properties.value"], values["encoding"]!["tooltip"]!.AsArray().Select(static t => (string?)t!["field"]));
        Assert.Equal("independent", (string?)spec["resolve"]!["scale"]!["color"]);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, true)]
    [InlineData(Polarity.HigherIsWorse, false)]
    [InlineData(Polarity.Neutral, false)]
    public void Build_Polarity_KeepsDarkerForWorse(Polarity polarity, bool reversed)
    {
        var spec = ChoroplethChart.Build(ChartSamples.Choropleth(polarity));

        var scale = ChartSamples.Layers(spec)[1]!["encoding"]!["color"]!["scale"]!;
        Assert.Equal(ChoroplethChart.Scheme, (string?)scale["scheme"]);
        Assert.Equal(reversed, (bool)scale["reverse"]!);
    }
}
