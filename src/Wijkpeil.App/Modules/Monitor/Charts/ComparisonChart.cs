using System.Text.Json.Nodes;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>One area's value for one indicator; null where the area has no figure (the table says why).</summary>
public sealed record ComparisonValue(string Indicator, string Area, double? Value);

/// <summary>
/// Grouped bars: one group per indicator, one bar per area in each group. All indicators share one value
/// axis, so give it indicators with the same unit (the percentages of a pillar, say); mixing units on one
/// axis would compare the incomparable.
/// </summary>
/// <param name="Description">One Dutch sentence that summarises the chart for screen readers.</param>
/// <param name="Unit">The common unit, the title of the value axis.</param>
/// <param name="Indicators">Indicator names in the order the groups appear.</param>
/// <param name="Areas">Area names in the order the bars (and the legend) appear; at most six.</param>
/// <param name="Decimals">Decimals the values are shown with.</param>
public sealed record ComparisonChartInput(
    string Description,
    string Unit,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> Areas,
    IReadOnlyList<ComparisonValue> Values,
    int Decimals = 1);

/// <summary>Builds the Vega-Lite specification of a comparison of areas over several indicators.</summary>
public static class ComparisonChart
{
    /// <summary>The specification; see <see cref="ComparisonChartInput"/>.</summary>
    public static JsonObject Build(ComparisonChartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Areas.Count > ChartTheme.CategoryColors.Count)
        {
            throw new ArgumentException($"A comparison shows at most {ChartTheme.CategoryColors.Count} areas.", nameof(input));
        }

        var unknown = input.Values.FirstOrDefault(v => !input.Indicators.Contains(v.Indicator) || !input.Areas.Contains(v.Area));
        if (unknown is not null)
        {
            throw new ArgumentException($"The value {unknown} names an indicator or area that is not in the lists.", nameof(input));
        }

        var format = ChartTheme.NumberFormat(input.Decimals);
        var axisFormat = ChartTheme.AxisFormat(input.Decimals);
        var rows = input.Values.Where(static v => v.Value is not null).Select(static v => new JsonObject
        {
            ["indicator"] = v.Indicator,
            ["area"] = v.Area,
            ["value"] = ChartTheme.Finite(v.Value, nameof(v.Value)),
        });

        var spec = ChartTheme.NewSpec(input.Description, new JsonObject { ["step"] = 14, ["for"] = "offset" });
        spec["data"] = ChartTheme.InlineData(rows);
        spec["mark"] = new JsonObject { ["type"] = "bar", ["cornerRadiusEnd"] = 2 };
        spec["encoding"] = new JsonObject
        {
            // Horizontal groups: Dutch indicator names are long and read better beside the bars than under them.
            ["y"] = new JsonObject
            {
                ["field"] = "indicator",
                ["type"] = "nominal",
                ["sort"] = ChartTheme.Strings(input.Indicators),
                ["title"] = null,
                ["axis"] = new JsonObject { ["labelLimit"] = 240 },
                ["scale"] = new JsonObject { ["paddingInner"] = 0.25 },
            },
            ["yOffset"] = new JsonObject
            {
                ["field"] = "area",
                ["type"] = "nominal",
                ["sort"] = ChartTheme.Strings(input.Areas),
                ["scale"] = new JsonObject { ["domain"] = ChartTheme.Strings(input.Areas) },
            },
            ["x"] = new JsonObject
            {
                ["field"] = "value",
                ["type"] = "quantitative",
                ["title"] = input.Unit,
                ["axis"] = new JsonObject { ["format"] = axisFormat },
            },
            ["color"] = new JsonObject
            {
                ["field"] = "area",
                ["type"] = "nominal",
                ["scale"] = new JsonObject
                {
                    ["domain"] = ChartTheme.Strings(input.Areas),
                    ["range"] = ChartTheme.Strings(ChartTheme.CategoryColors.Take(input.Areas.Count)),
                },
                ["legend"] = new JsonObject { ["title"] = null },
            },
            ["tooltip"] = new JsonArray(
                ChartTheme.Tooltip("indicator", "Indicator"),
                ChartTheme.Tooltip("area", "Gebied"),
                ChartTheme.Tooltip("value", $"Waarde ({input.Unit})", "quantitative", format)),
        };
        return spec;
    }
}
