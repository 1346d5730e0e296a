using System.Text.Json.Nodes;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>One area's bar.</summary>
public sealed record RankingBar(string AreaCode, string AreaName, double Value);

/// <summary>
/// A ranking: one horizontal bar per area, in the order given (the caller ranks), with the areas in
/// <paramref name="HighlightCodes"/> (the focus area's wijken or buurten) in the focus colour and the rest neutral.
/// </summary>
/// <param name="Description">One Dutch sentence that summarises the chart for screen readers.</param>
/// <param name="Unit">The indicator's unit, the title of the value axis.</param>
/// <param name="HighlightLabel">What the legend calls the highlighted areas ("Focusgebied", "Overvecht").</param>
/// <param name="Decimals">Decimals the values are shown with.</param>
public sealed record RankingChartInput(
    string Description,
    string Unit,
    IReadOnlyList<RankingBar> Bars,
    IReadOnlyCollection<string> HighlightCodes,
    string HighlightLabel = "Focusgebied",
    int Decimals = 1);

/// <summary>Builds the Vega-Lite specification of a ranking.</summary>
public static class RankingChart
{
    /// <summary>What the legend calls the areas that are not highlighted.</summary>
    public const string OtherLabel = "Overige gebieden";

    /// <summary>The specification; see <see cref="RankingChartInput"/>.</summary>
    public static JsonObject Build(RankingChartInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.HighlightLabel);
        var highlighted = new HashSet<string>(input.HighlightCodes, StringComparer.OrdinalIgnoreCase);
        var format = ChartTheme.NumberFormat(input.Decimals);
        var axisFormat = ChartTheme.AxisFormat(input.Decimals);

        // Bars are keyed by their label: two areas with the same name (a "Centrum" in two gemeenten) get
        // their code added, or Vega-Lite would stack them into one bar.
        var duplicateNames = input.Bars.GroupBy(static b => b.AreaName, StringComparer.Ordinal)
            .Where(static g => g.Count() > 1)
            .Select(static g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var rows = input.Bars.Select(bar => new JsonObject
        {
            ["code"] = bar.AreaCode,
            ["name"] = bar.AreaName,
            ["label"] = duplicateNames.Contains(bar.AreaName) ? $"{bar.AreaName} ({bar.AreaCode})" : bar.AreaName,
            ["value"] = ChartTheme.Finite(bar.Value, nameof(bar.Value)),
            ["group"] = highlighted.Contains(bar.AreaCode) ? input.HighlightLabel : OtherLabel,
        }).ToList();

        bool anyHighlighted = input.Bars.Any(bar => highlighted.Contains(bar.AreaCode));
        var color = new JsonObject
        {
            ["field"] = "group",
            ["type"] = "nominal",
            ["scale"] = new JsonObject
            {
                ["domain"] = ChartTheme.Strings([input.HighlightLabel, OtherLabel]),
                ["range"] = ChartTheme.Strings([ChartTheme.FocusColor, ChartTheme.NeutralColor]),
            },
            // Without a highlighted bar a one-entry legend would only say that everything is "other".
            ["legend"] = anyHighlighted ? new JsonObject { ["title"] = null, ["orient"] = "top" } : null,
        };

        var spec = ChartTheme.NewSpec(input.Description, new JsonObject { ["step"] = 20 });
        spec["data"] = ChartTheme.InlineData(rows);
        spec["mark"] = new JsonObject { ["type"] = "bar", ["cornerRadiusEnd"] = 2 };
        spec["encoding"] = new JsonObject
        {
            ["y"] = new JsonObject
            {
                ["field"] = "label",
                ["type"] = "nominal",
                // null keeps the caller's ranking order.
                ["sort"] = null,
                ["title"] = null,
                ["axis"] = new JsonObject { ["labelLimit"] = 220 },
            },
            ["x"] = new JsonObject
            {
                ["field"] = "value",
                ["type"] = "quantitative",
                ["title"] = input.Unit,
                ["axis"] = new JsonObject { ["format"] = axisFormat },
            },
            ["color"] = color,
            ["tooltip"] = new JsonArray(
                ChartTheme.Tooltip("name", "Gebied"),
                ChartTheme.Tooltip("code", "Code"),
                ChartTheme.Tooltip("value", $"Waarde ({input.Unit})", "quantitative", format)),
        };
        return spec;
    }
}
