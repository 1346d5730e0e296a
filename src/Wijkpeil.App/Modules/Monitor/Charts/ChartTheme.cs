using System.Globalization;
using System.Text.Json.Nodes;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>
/// What every chart specification shares: the Vega-Lite schema, the colours and fonts of the NL Design
/// System voorbeeld theme (as literals: Vega draws outside the CSS cascade and cannot read custom
/// properties) and the Dutch number formats.
/// </summary>
public static class ChartTheme
{
    /// <summary>The Vega-Lite major version the specifications are written for; the vendored vega-lite must match.</summary>
    public const int VegaLiteMajorVersion = 6;

    /// <summary>The <c>$schema</c> of every specification.</summary>
    public const string SchemaUrl = "https://vega.github.io/schema/vega-lite/v6.json";

    /// <summary>The voorbeeld theme's text font first, then fonts every reader has.</summary>
    public const string FontFamily = "'Noto Sans', 'Segoe UI', Arial, sans-serif";

    /// <summary>The area a chart is about (voorbeeld blauw-500).</summary>
    public const string FocusColor = "#00568b";

    /// <summary>Areas that are only context (voorbeeld grijs-300).</summary>
    public const string NeutralColor = "#c0c7d2";

    /// <summary>A marked value, such as the focus area in a distribution (voorbeeld oranje-400).</summary>
    public const string MarkerColor = "#ac501b";

    /// <summary>Map areas without a value: a grey that no step of the blue scheme comes close to.</summary>
    public const string NoValueColor = "#e6e6e6";

    /// <summary>Text (voorbeeld grijs-700).</summary>
    public const string TextColor = "#001a40";

    /// <summary>Axis labels and lines (voorbeeld grijs-500 and grijs-400).</summary>
    public const string SubtleTextColor = "#3d5374";

    /// <summary>Grid lines (voorbeeld grijs-200).</summary>
    public const string GridColor = "#dfe3e8";

    /// <summary>Series colours in order; blue and orange first because they stay apart for colour-blind readers.</summary>
    public static IReadOnlyList<string> CategoryColors { get; } = ["#00568b", "#ac501b", "#157b31", "#7d6918", "#586c88", "#75151a"];

    /// <summary>
    /// A d3 format for values with this many decimals and thousands grouping. The separators come from the
    /// Dutch locale that <c>charts.js</c> registers, so 1234.5 reads "1.234,5".
    /// </summary>
    public static string NumberFormat(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        return string.Create(CultureInfo.InvariantCulture, $",.{decimals}f");
    }

    /// <summary>
    /// The axis and legend format for values with up to this many decimals: like <see cref="NumberFormat"/>
    /// but without trailing zeros, so ticks read "10" and "12,5" rather than "10,0".
    /// </summary>
    public static string AxisFormat(int decimals)
    {
        return NumberFormat(decimals).Replace("f", "~f", StringComparison.Ordinal);
    }

    /// <summary>A new specification with the schema, description, container width, the given height and the theme.</summary>
    internal static JsonObject NewSpec(string description, JsonNode height)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["description"] = description.Trim(),
            ["width"] = "container",
            ["height"] = height,
            ["config"] = Config(),
        };
    }

    /// <summary>Data values inline in the specification, so the chart and its table show the same numbers.</summary>
    internal static JsonObject InlineData(IEnumerable<JsonObject> rows)
    {
        return new JsonObject { ["values"] = new JsonArray([.. rows]) };
    }

    internal static JsonArray Strings(IEnumerable<string> values)
    {
        return new JsonArray([.. values.Select(static value => JsonValue.Create(value))]);
    }

    /// <summary>Chart values must be real numbers: NaN or infinity would serialise to invalid JSON later, far from the cause.</summary>
    internal static double Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "A chart value must be a finite number.");
        }

        return value;
    }

    internal static double? Finite(double? value, string name)
    {
        return value is { } v ? Finite(v, name) : null;
    }

    internal static JsonObject Tooltip(string field, string title, string? type = null, string? format = null)
    {
        var tooltip = new JsonObject { ["field"] = field, ["title"] = title };
        if (type is not null)
        {
            tooltip["type"] = type;
        }

        if (format is not null)
        {
            tooltip["format"] = format;
        }

        return tooltip;
    }

    private static JsonObject Config()
    {
        return new JsonObject
        {
            ["font"] = FontFamily,
            ["background"] = "#ffffff",
            ["view"] = new JsonObject { ["stroke"] = null },
            ["axis"] = new JsonObject
            {
                ["labelColor"] = SubtleTextColor,
                ["labelFontSize"] = 12,
                ["titleColor"] = TextColor,
                ["titleFontSize"] = 13,
                ["titleFontWeight"] = "normal",
                ["domainColor"] = "#586c88",
                ["tickColor"] = "#586c88",
                ["gridColor"] = GridColor,
            },
            ["legend"] = new JsonObject
            {
                ["labelColor"] = TextColor,
                ["labelFontSize"] = 12,
                ["titleColor"] = TextColor,
                ["titleFontSize"] = 13,
                ["titleFontWeight"] = "normal",
                ["orient"] = "bottom",
                ["labelLimit"] = 320,
            },
            ["range"] = new JsonObject { ["category"] = Strings(CategoryColors) },
        };
    }
}
