using System.Net;
using System.Text;
using Wijkpeil.App.Kernel.Pdf;

namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>
/// A decision letter as one self-contained HTML page (inline styles, no scripts, nothing fetched), laid out for A4,
/// to print to PDF with <see cref="PdfRenderer.RenderHtmlAsync"/> and <see cref="Footer"/>; the same words as
/// <see cref="DecisionLetterDocx"/>. Every value is HTML-encoded; the page's Content-Security-Policy also forbids
/// loading anything, in case a browser other than the renderer opens it.
/// </summary>
public static class DecisionLetterHtml
{
    private const string Style = """
        @page { size: A4; }
        html { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000; }
        body { margin: 0; }
        h1 { font-size: 16pt; margin: 1.5em 0 0.6em; color: #1f3864; }
        h2 { font-size: 13pt; margin: 1.3em 0 0.4em; color: #1f3864; break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 1em 0 0.4em; color: #1f3864; break-after: avoid; }
        p { margin: 0 0 0.7em; }
        ul { margin: 0 0 0.7em; padding-left: 1.4em; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 1em; }
        /* The heading above the table says the same: the caption is for screen readers only. */
        caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        th, td { border: 1px solid #808080; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
        th { background: #e8ecf4; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        .score { white-space: nowrap; }
        """;

    /// <summary>
    /// The foot of every PDF page: "Kenmerk SK-2026-0001 · College van burgemeester en wethouders van Amersfoort" and
    /// "Pagina 1 van 2" (English: "Reference …", "Page 1 of 2"), so that every page of a printed letter says whose it is.
    /// </summary>
    public static PdfPageFooter Footer(DecisionLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var text = DecisionLetterText.For(letter.Language);
        return new PdfPageFooter(text.Get("Footer", letter.Reference, letter.IssuingBody), text.Culture);
    }

    public static string Write(DecisionLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var text = DecisionLetterText.For(letter.Language);
        var blocks = DecisionLetterContent.Compose(letter, text);

        var html = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"").Append(Encode(text.Culture.TwoLetterISOLanguageName)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(Encode(text.Get("Document.Title", letter.Reference))).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");
        foreach (var block in blocks)
        {
            Render(html, block);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Render(StringBuilder html, LetterBlock block)
    {
        switch (block)
        {
            case LetterBlock.Title title:
                html.Append("<h1>").Append(Encode(title.Text)).Append("</h1>\n");
                break;
            case LetterBlock.Heading heading:
                var tag = heading.Level == 1 ? "h2" : "h3";
                html.Append('<').Append(tag).Append('>').Append(Encode(heading.Text)).Append("</").Append(tag).Append(">\n");
                break;
            case LetterBlock.Paragraph paragraph:
                html.Append("<p>").AppendJoin("<br>\n", paragraph.Lines.Select(Encode)).Append("</p>\n");
                break;
            case LetterBlock.Bullets bullets:
                html.Append("<ul>\n");
                foreach (var item in bullets.Items)
                {
                    html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case LetterBlock.Table table:
                RenderTable(html, table);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown letter block.");
        }
    }

    private static void RenderTable(StringBuilder html, LetterBlock.Table table)
    {
        html.Append("<table>\n<caption>").Append(Encode(table.Caption)).Append("</caption>\n<thead>\n<tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            // The first cell names the row (the criterion): a row header, so a screen reader says which criterion a score belongs to.
            html.Append("<tr><th scope=\"row\">").Append(Encode(row[0])).Append("</th>");
            for (var i = 1; i < row.Count; i++)
            {
                html.Append(i == 1 ? "<td class=\"score\">" : "<td>").Append(Encode(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
