using System.Text.Json.Nodes;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>Areas with a value v, <see cref="From"/> &lt;= v &lt; <see cref="To"/>.</summary>
public sealed record DistributionBin(double From, double To, int Count);

/// <summary>A value marked on the histogram with a vertical rule and its label (e.g. the focus area).</summary>
public sealed record DistributionMarker(double Value, string Label);

/// <summary>A histogram of precomputed bins, with an optional marked value.</summary>
/// <param name="Description">One Dutch sentence that summarises the chart for screen readers.</param>
/// <param name="Unit">The indicator's unit, the title of the value axis.</param>
/// <param name="Decimals">Decimals the bin edges and the marker are shown with.</param>
public sealed record DistributionChartInput(
    string Description,
    string Unit,
    IReadOnlyList<DistributionBin> Bins,
    DistributionMarker? Marker = null,
    int Decimals = 1);

/// <summary>Builds the Vega-Lite specification of a histogram.</summary>
public static class DistributionChart
{
    /// <summary>The specification; see <see cref="DistributionChartInput"/>.</summary>
    public static JsonObject Build(DistributionChartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var format = ChartTheme.NumberFormat(input.Decimals);
        var axisFormat = ChartTheme.AxisFormat(input.Decimals);
        var rows = input.Bins.Select(bin =>
        {
            if (bin.To < bin.From || bin.Count < 0)
            {
                throw new ArgumentException($"A bin runs from low to high and counts zero or more areas: {bin}.", nameof(input));
            }

            return new JsonObject
            {
                ["from"] = ChartTheme.Finite(bin.From, nameof(bin.From)),
                ["to"] = ChartTheme.Finite(bin.To, nameof(bin.To)),
                ["count"] = bin.Count,
            };
        }).ToList();

        var layers = new JsonArray(new JsonObject
        {
            ["data"] = ChartTheme.InlineData(rows),
            ["mark"] = new JsonObject { ["type"] = "bar", ["color"] = ChartTheme.FocusColor, ["binSpacing"] = 1 },
            ["encoding"] = new JsonObject
            {
                // The bins are computed on the server; "binned" tells Vega-Lite to draw them as they are.
                ["x"] = new JsonObject
                {
                    ["field"] = "from",
                    ["type"] = "quantitative",
                    ["bin"] = new JsonObject { ["binned"] = true },
                    ["title"] = input.Unit,
                    ["axis"] = new JsonObject { ["format"] = axisFormat },
                },
                ["x2"] = new JsonObject { ["field"] = "to" },
                ["y"] = new JsonObject
                {
                    ["field"] = "count",
                    ["type"] = "quantitative",
                    ["title"] = "Aantal gebieden",
                    ["axis"] = new JsonObject { ["format"] = "d", ["tickMinStep"] = 1 },
                },
                ["tooltip"] = new JsonArray(
                    ChartTheme.Tooltip("from", "Van", "quantitative", format),
                    ChartTheme.Tooltip("to", "Tot", "quantitative", format),
                    ChartTheme.Tooltip("count", "Aantal gebieden", "quantitative", "d")),
            },
        });

        if (input.Marker is { } marker)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(marker.Label);
            var markerData = ChartTheme.InlineData([new JsonObject
            {
                ["value"] = ChartTheme.Finite(marker.Value, nameof(marker.Value)),
                ["label"] = marker.Label,
            }]);
            var markerX = new JsonObject { ["field"] = "value", ["type"] = "quantitative" };
            layers.Add(new JsonObject
            {
                ["data"] = markerData,
                ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = ChartTheme.MarkerColor, ["strokeWidth"] = 2 },
                ["encoding"] = new JsonObject
                {
                    ["x"] = markerX,
                    ["tooltip"] = new JsonArray(
                        ChartTheme.Tooltip("label", "Gebied"),
                        ChartTheme.Tooltip("value", $"Waarde ({input.Unit})", "quantitative", format)),
                },
            });
            layers.Add(new JsonObject
            {
                ["data"] = markerData.DeepClone(),
                ["mark"] = new JsonObject
                {
                    ["type"] = "text",
                    ["color"] = ChartTheme.MarkerColor,
                    ["align"] = "left",
                    ["baseline"] = "top",
                    ["dx"] = 4,
                    ["y"] = 0,
                },
                ["encoding"] = new JsonObject
                {
                    ["x"] = markerX.DeepClone(),
                    ["text"] = new JsonObject { ["field"] = "label", ["type"] = "nominal" },
                },
            });
        }

        var spec = ChartTheme.NewSpec(input.Description, 220);
        spec["layer"] = layers;
        return spec;
    }
}
