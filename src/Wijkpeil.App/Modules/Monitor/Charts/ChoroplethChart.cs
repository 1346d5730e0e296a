using System.Text.Json.Nodes;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>
/// A map of areas coloured by their value. The browser loads the areas from <paramref name="DataUrl"/>: a
/// GeoJSON FeatureCollection in WGS84 whose features carry <c>properties.code</c>, <c>properties.name</c>
/// and <c>properties.value</c> (a number, or null for an area without a figure). Polygons must wind the way
/// d3 expects (see <see cref="GeoJsonWinding"/>).
/// </summary>
/// <param name="Description">One Dutch sentence that summarises the map for screen readers.</param>
/// <param name="Unit">The indicator's unit, the title of the colour legend.</param>
/// <param name="Polarity">Decides which end of the scale is dark; see <see cref="ChoroplethChart"/>.</param>
/// <param name="Decimals">Decimals the values are shown with.</param>
/// <param name="Height">Height in pixels; the width follows the container and the map is fitted into both.</param>
public sealed record ChoroplethChartInput(
    string Description,
    string DataUrl,
    string Unit,
    Polarity Polarity,
    int Decimals = 1,
    int Height = 420);

/// <summary>
/// Builds the Vega-Lite specification of a choropleth map. Colours: one sequential blue scheme in which
/// <b>darker means worse</b> whatever the indicator's direction, so a reader who learnt one map can read the
/// next: the scale is reversed for indicators where higher is better. For neutral indicators darker means
/// higher. Areas without a value are drawn light grey and the legend says so.
/// </summary>
public static class ChoroplethChart
{
    /// <summary>The Vega colour scheme of the values.</summary>
    public const string Scheme = "blues";

    /// <summary>The legend entry of areas without a value.</summary>
    public const string NoValueLabel = "Geen gegevens";

    /// <summary>The specification; see <see cref="ChoroplethChartInput"/>.</summary>
    public static JsonObject Build(ChoroplethChartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.DataUrl);
        ArgumentOutOfRangeException.ThrowIfLessThan(input.Height, 100);
        var format = ChartTheme.NumberFormat(input.Decimals);
        var axisFormat = ChartTheme.AxisFormat(input.Decimals);
        var outline = new JsonObject { ["type"] = "geoshape", ["stroke"] = "#ffffff", ["strokeWidth"] = 0.75 };

        var allAreas = new JsonObject
        {
            ["mark"] = outline.DeepClone(),
            ["transform"] = new JsonArray(new JsonObject { ["calculate"] = $"'{NoValueLabel}'", ["as"] = "status" }),
            ["encoding"] = new JsonObject
            {
                // A constant nominal colour gives the grey its own legend entry next to the value scale.
                ["color"] = new JsonObject
                {
                    ["datum"] = NoValueLabel,
                    ["type"] = "nominal",
                    ["scale"] = new JsonObject { ["range"] = ChartTheme.Strings([ChartTheme.NoValueColor]) },
                    ["legend"] = new JsonObject { ["title"] = null, ["orient"] = "bottom-right" },
                },
                ["tooltip"] = new JsonArray(
                    ChartTheme.Tooltip("properties.name", "Gebied"),
                    ChartTheme.Tooltip("status", $"Waarde ({input.Unit})")),
            },
        };

        var withValue = new JsonObject
        {
            ["mark"] = outline.DeepClone(),
            ["transform"] = new JsonArray(new JsonObject { ["filter"] = "isValid(datum.properties.value)" }),
            ["encoding"] = new JsonObject
            {
                ["color"] = new JsonObject
                {
                    ["field"] = "properties.value",
                    ["type"] = "quantitative",
                    ["title"] = input.Unit,
                    ["scale"] = new JsonObject { ["scheme"] = Scheme, ["reverse"] = input.Polarity == Polarity.HigherIsBetter },
                    ["legend"] = new JsonObject { ["format"] = axisFormat, ["orient"] = "bottom-left", ["direction"] = "horizontal", ["gradientLength"] = 200 },
                },
                ["tooltip"] = new JsonArray(
                    ChartTheme.Tooltip("properties.name", "Gebied"),
                    ChartTheme.Tooltip("properties.value", $"Waarde ({input.Unit})", "quantitative", format)),
            },
        };

        var spec = ChartTheme.NewSpec(input.Description, input.Height);
        spec["data"] = new JsonObject
        {
            ["url"] = input.DataUrl,
            ["format"] = new JsonObject { ["type"] = "json", ["property"] = "features" },
        };
        // Without scale or translate Vega fits the projection to the features and the view.
        spec["projection"] = new JsonObject { ["type"] = "mercator" };
        spec["layer"] = new JsonArray(allAreas, withValue);
        spec["resolve"] = new JsonObject
        {
            ["scale"] = new JsonObject { ["color"] = "independent" },
            ["legend"] = new JsonObject { ["color"] = "independent" },
        };
        return spec;
    }
}
