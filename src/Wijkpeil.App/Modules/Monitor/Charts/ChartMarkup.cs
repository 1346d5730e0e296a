using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wijkpeil.App.Modules.Monitor.Charts;

/// <summary>Turns a chart specification into text that can sit in a page (see README.md in this folder).</summary>
public static class ChartMarkup
{
    // JavaScriptEncoder.Default writes <, >, &, quotes and all non-ASCII as \uXXXX escapes: a label such as
    // "</script>" or "<!--" then cannot end or confuse the script element, and the JSON stays the same value.
    private static readonly JsonSerializerOptions EmbedOptions = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    /// <summary>
    /// The specification as JSON that is safe as the content of
    /// <c>&lt;script type="application/json" class="wp-chart-spec"&gt;</c>: Razor must write it unencoded
    /// (<c>(MarkupString)</c>), because HTML-encoding would break the JSON.
    /// </summary>
    public static string SpecJson(JsonObject spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.ToJsonString(EmbedOptions);
    }
}
