using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Wijkpeil.App.Modules.Events.Calendar;

/// <summary>
/// Markdown as plain text for a calendar's DESCRIPTION, which clients show as text: paragraphs stay apart, lists keep
/// their markers and a link keeps its address after its words (Markdig's own plain-text output drops all three).
/// </summary>
internal static class MarkdownPlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    /// <summary>The text of <paramref name="markdown"/>; empty for null or blank.</summary>
    public static string From(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Blocks(Markdown.Parse(markdown, Pipeline)).Trim();

    private static string Blocks(ContainerBlock container, string separator = "\n\n") =>
        string.Join(separator, container.Select(Block).Where(text => text.Length > 0));

    private static string Block(Block block) => block switch
    {
        ListBlock list => List(list),
        QuoteBlock quote => Prefix(Blocks(quote), "> ", "> "),
        ContainerBlock other => Blocks(other),
        LeafBlock { Inline: { } inline } => Inlines(inline).Trim(),
        LeafBlock leaf => leaf.Lines.ToString().TrimEnd(),
        _ => string.Empty,
    };

    private static string List(ListBlock list)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var separator = list.IsLoose ? "\n\n" : "\n";
        var items = new List<string>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? string.Create(CultureInfo.InvariantCulture, $"{number++}. ") : "- ";
            // A tight list keeps its items, and an item's paragraph and sublist, on adjacent lines, as it was typed.
            items.Add(Prefix(Blocks(item, separator), marker, new string(' ', marker.Length)));
        }

        return string.Join(separator, items);
    }

    private static string Prefix(string text, string first, string rest) =>
        first + string.Join('\n', text.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : rest + line));

    private static string Inlines(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(Inline(inline));
        }

        return text.ToString();
    }

    private static string Inline(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline lineBreak => lineBreak.IsHard ? "\n" : " ",
        AutolinkInline autolink => autolink.Url,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        LinkInline { IsImage: false, IsAutoLink: false, Url: { Length: > 0 } url } link => $"{Inlines(link)} ({url})",
        ContainerInline container => Inlines(container),
        _ => string.Empty,
    };
}
