using System.Globalization;
using System.Text;

namespace Wijkpeil.App.Modules.Monitor.ShowFactsheet;

/// <summary>
/// A small trend line as inline SVG for the factsheet's summary: no script, no chart library, printed as drawn. The
/// value axis starts at zero, as every trend chart of the monitor does, so that a small movement is not drawn as a
/// large one. The SVG is decorative (aria-hidden): the page writes the same values beside it as text.
/// </summary>
internal static class FactsheetSparkline
{
    private const double Width = 72;
    private const double Height = 18;
    private const double Pad = 2.5;

    /// <summary>The SVG markup of the values in time order; empty for fewer than two values.</summary>
    public static string Svg(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return string.Empty;
        }

        var max = values.Max();
        var min = Math.Min(0, values.Min());
        var span = max - min <= 0 ? 1 : max - min;
        var points = values.Select((v, i) => (
            X: Pad + (i * (Width - (2 * Pad)) / (values.Count - 1)),
            Y: Height - Pad - ((v - min) / span * (Height - (2 * Pad))))).ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="wp-sparkline" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" aria-hidden="true" focusable="false">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Pad}" y1="{Height - Pad}" x2="{Width - Pad}" y2="{Height - Pad}" class="wp-sparkline__axis"/>""");
        svg.Append("""<polyline class="wp-sparkline__line" fill="none" points=" """.TrimEnd());
        svg.AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
        svg.Append("\"/>");
        var last = points[^1];
        svg.Append(CultureInfo.InvariantCulture, $"""<circle class="wp-sparkline__dot" cx="{last.X:0.#}" cy="{last.Y:0.#}" r="2"/>""");
        return svg.Append("</svg>").ToString();
    }
}
