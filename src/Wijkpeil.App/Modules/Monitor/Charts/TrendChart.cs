using System.Text.Json.Nodes;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>
/// One period's figure. <see cref="Year"/> places it on the time axis (so 2016, 2020 and 2022 stand at their
/// real distances); <see cref="Label"/> is what readers see ("2020", "Gezondheidsmonitor 2022").
/// A figure without a value (missing or suppressed) is left out of the chart; the table explains it.
/// </summary>
public sealed record TrendPoint(int Year, string Label, double? Value, double? Lower = null, double? Upper = null);

/// <summary>An area's figures over time, under the name the legend and tooltip show.</summary>
public sealed record TrendSeries(string Name, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// A trend chart: <paramref name="Area"/> as a solid line with points and, where its figures have a 95%
/// interval, a band and a rule from lower to upper bound at each figure; <paramref name="References"/> (gemeente, provincie, Nederland, in that order) as
/// dashed lines, each with its own dash pattern so the legend works without colour.
/// </summary>
/// <param name="Description">One Dutch sentence that summarises the chart for screen readers.</param>
/// <param name="Unit">The indicator's unit, the title of the value axis ("%", "aantal", "score").</param>
/// <param name="Decimals">Decimals the values are shown with.</param>
/// <param name="IsPercentage">A percentage: the value axis runs from 0 to the highest value or upper bound shown.</param>
public sealed record TrendChartInput(
    string Description,
    string Unit,
    TrendSeries Area,
    IReadOnlyList<TrendSeries> References,
    int Decimals = 1,
    bool IsPercentage = false);

/// <summary>Builds the Vega-Lite specification of a trend chart.</summary>
public static class TrendChart
{
    /// <summary>Dash patterns of the reference lines in order; the area itself is solid.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> ReferenceDashes { get; } = [[6, 3], [2, 2], [8, 3, 2, 3], [1, 3]];

    /// <summary>Reference line colours: dark greys that keep 4.5:1 contrast on white, told apart by their dashes.</summary>
    public static IReadOnlyList<string> ReferenceColors { get; } = ["#3d5374", "#586c88", "#001a40", "#223c61"];

    private const string AreaRole = "gebied";
    private const string ReferenceRole = "referentie";

    /// <summary>The specification; see <see cref="TrendChartInput"/>.</summary>
    public static JsonObject Build(TrendChartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.References.Count > ReferenceDashes.Count)
        {
            throw new ArgumentException($"A trend chart shows at most {ReferenceDashes.Count} reference series.", nameof(input));
        }

        var series = new List<TrendSeries> { input.Area };
        series.AddRange(input.References);
        var names = series.Select(static s => s.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException("Every series of a trend chart needs its own name: the legend tells them apart by name.", nameof(input));
        }

        var format = ChartTheme.NumberFormat(input.Decimals);
        var axisFormat = ChartTheme.AxisFormat(input.Decimals);
        var rows = new List<JsonObject>();
        foreach (var (s, index) in series.Select(static (s, index) => (s, index)))
        {
            rows.AddRange(s.Points.Where(static p => p.Value is not null).Select(p => Row(s.Name, index == 0 ? AreaRole : ReferenceRole, p)));
        }

        var x = new JsonObject
        {
            ["field"] = "year",
            ["type"] = "quantitative",
            ["title"] = "Periode",
            ["scale"] = new JsonObject { ["zero"] = false, ["nice"] = false, ["padding"] = 16 },
            // "d": years without thousands grouping (2.020 would be a Dutch thousand separator).
            ["axis"] = new JsonObject { ["format"] = "d", ["tickMinStep"] = 1, ["grid"] = false },
        };
        // The value axis always starts at zero: a cut axis makes -0,8 %-punt look like a plunge (issue 11). A percentage
        // runs from 0 to the highest value or upper bound shown, so the band is never clipped.
        var yScale = new JsonObject { ["zero"] = true };
        if (input.IsPercentage && rows.Count > 0)
        {
            var max = rows.Max(static r => Math.Max((double?)r["value"] ?? 0, (double?)r["upper"] ?? 0));
            yScale["domain"] = new JsonArray(0.0, max > 0 ? max : 1.0);
        }

        var y = new JsonObject
        {
            ["field"] = "value",
            ["type"] = "quantitative",
            ["title"] = input.Unit,
            ["scale"] = yScale,
            ["axis"] = new JsonObject { ["format"] = axisFormat },
        };

        var layers = new JsonArray();
        bool hasInterval = input.Area.Points.Any(static p => p.Value is not null && p.Lower is not null && p.Upper is not null);
        if (hasInterval)
        {
            layers.Add(new JsonObject
            {
                ["transform"] = new JsonArray(
                    new JsonObject { ["filter"] = new JsonObject { ["field"] = "role", ["equal"] = AreaRole } },
                    new JsonObject { ["filter"] = "isValid(datum.lower) && isValid(datum.upper)" }),
                ["mark"] = new JsonObject { ["type"] = "area", ["color"] = ChartTheme.FocusColor, ["opacity"] = 0.18 },
                ["encoding"] = new JsonObject
                {
                    ["x"] = x.DeepClone(),
                    ["y"] = new JsonObject { ["field"] = "lower", ["type"] = "quantitative" },
                    ["y2"] = new JsonObject { ["field"] = "upper" },
                },
            });
            // The interval of each figure as a rule too: a band needs two figures, a rule shows even a single one's.
            layers.Add(new JsonObject
            {
                ["transform"] = new JsonArray(
                    new JsonObject { ["filter"] = new JsonObject { ["field"] = "role", ["equal"] = AreaRole } },
                    new JsonObject { ["filter"] = "isValid(datum.lower) && isValid(datum.upper)" }),
                ["mark"] = new JsonObject { ["type"] = "rule", ["color"] = ChartTheme.FocusColor, ["strokeWidth"] = 1.5 },
                ["encoding"] = new JsonObject
                {
                    ["x"] = x.DeepClone(),
                    ["y"] = new JsonObject { ["field"] = "lower", ["type"] = "quantitative" },
                    ["y2"] = new JsonObject { ["field"] = "upper" },
                },
            });
        }

        var colors = new List<string> { ChartTheme.FocusColor };
        colors.AddRange(ReferenceColors.Take(input.References.Count));
        var dashes = new JsonArray(new JsonArray(1, 0));
        foreach (var dash in ReferenceDashes.Take(input.References.Count))
        {
            dashes.Add(new JsonArray([.. dash.Select(static d => JsonValue.Create(d))]));
        }

        // Colour and dash share field, domain and legend title, so Vega-Lite draws one legend with both.
        JsonNode? legend = input.References.Count > 0 ? new JsonObject { ["title"] = null, ["symbolType"] = "stroke", ["symbolStrokeWidth"] = 2, ["symbolSize"] = 400 } : null;
        var color = new JsonObject
        {
            ["field"] = "series",
            ["type"] = "nominal",
            ["scale"] = new JsonObject { ["domain"] = ChartTheme.Strings(names), ["range"] = ChartTheme.Strings(colors) },
            ["legend"] = legend,
        };
        var strokeDash = new JsonObject
        {
            ["field"] = "series",
            ["type"] = "nominal",
            ["scale"] = new JsonObject { ["domain"] = ChartTheme.Strings(names), ["range"] = dashes },
            ["legend"] = legend?.DeepClone(),
        };

        layers.Add(new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "line", ["strokeWidth"] = 2 },
            ["encoding"] = new JsonObject
            {
                ["x"] = x.DeepClone(),
                ["y"] = y.DeepClone(),
                ["color"] = color,
                ["strokeDash"] = strokeDash,
            },
        });

        var tooltip = new JsonArray(
            ChartTheme.Tooltip("series", "Gebied"),
            ChartTheme.Tooltip("period", "Periode"),
            ChartTheme.Tooltip("value", $"Waarde ({input.Unit})", "quantitative", format));
        if (hasInterval)
        {
            tooltip.Add(ChartTheme.Tooltip("lower", "Ondergrens 95%-interval", "quantitative", format));
            tooltip.Add(ChartTheme.Tooltip("upper", "Bovengrens 95%-interval", "quantitative", format));
        }

        layers.Add(new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["opacity"] = 1 },
            ["encoding"] = new JsonObject
            {
                ["x"] = x.DeepClone(),
                ["y"] = y.DeepClone(),
                // A condition, not the colour scale: sharing the scale would put point symbols in the legend,
                // which must show the dash patterns.
                ["color"] = new JsonObject
                {
                    ["condition"] = new JsonObject { ["test"] = $"datum.role === '{AreaRole}'", ["value"] = ChartTheme.FocusColor },
                    ["value"] = ReferenceColors[0],
                },
                // The area's own points stand out; the references' stay small so their dashes remain readable.
                ["size"] = new JsonObject
                {
                    ["condition"] = new JsonObject { ["test"] = $"datum.role === '{AreaRole}'", ["value"] = 60 },
                    ["value"] = 20,
                },
                ["tooltip"] = tooltip,
            },
        });

        var spec = ChartTheme.NewSpec(input.Description, 280);
        spec["data"] = ChartTheme.InlineData(rows);
        spec["layer"] = layers;
        return spec;
    }

    private static JsonObject Row(string series, string role, TrendPoint point)
    {
        return new JsonObject
        {
            ["series"] = series,
            ["role"] = role,
            ["year"] = point.Year,
            ["period"] = point.Label,
            ["value"] = ChartTheme.Finite(point.Value, nameof(point.Value)),
            ["lower"] = ChartTheme.Finite(point.Lower, nameof(point.Lower)),
            ["upper"] = ChartTheme.Finite(point.Upper, nameof(point.Upper)),
        };
    }
}
