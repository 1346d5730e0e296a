using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Modules.Agenda.Contracts;

namespace Wijkpeil.App.Modules.Opportunities.Round;

/// <summary>
/// The two files a related programme is sent in the round, with the same rows: an XLSX to filter and annotate and a
/// PDF to read. Both in the reader's language (Dutch by default); dates as yyyy-MM-dd so they sort.
/// </summary>
public sealed class RoundExports(IStringLocalizer<OpportunitiesText> text, IAgendaWords words)
{
    /// <summary>The header of both files.</summary>
    public IReadOnlyList<string> Header =>
    [
        text["Export.Project"], text["Export.Programme"], text["Export.FocusArea"], text["Export.Status"], text["Export.Start"], text["Export.End"], text["Export.Themes"],
    ];

    /// <summary>The workbook.</summary>
    public byte[] Xlsx(RoundAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return SheetWriter.Write(agenda.ProgrammeName, Header, agenda.Items.Select(Cells));
    }

    /// <summary>The PDF's HTML document: everything inline, every value encoded.</summary>
    public string Html(RoundAgenda agenda, int year)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var html = new StringBuilder();
        var title = Encode(text["Export.Title", agenda.ProgrammeName]);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\"><title>{title}</title>");
        html.Append("<style>body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3px;text-align:left;vertical-align:top}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{title} ({year})</h1><p>{Encode(text["Export.Lead", string.Join(", ", agenda.Themes)])}</p>");
        if (agenda.Items.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(text["Export.None"])}</p>");
        }
        else
        {
            html.Append("<table><thead><tr>").AppendJoin(string.Empty, Header.Select(h => $"<th>{Encode(h)}</th>")).Append("</tr></thead><tbody>");
            foreach (var cells in agenda.Items.Select(Cells))
            {
                html.Append("<tr>").AppendJoin(string.Empty, cells.Select(c => $"<td>{Encode(c)}</td>")).Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>The footer printed on each PDF page.</summary>
    public static PdfPageFooter Footer(RoundAgenda agenda, int year) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{agenda.ProgrammeName} · jaarronde {year} · Wijkpeil"), CultureInfo.CurrentUICulture);

    private IReadOnlyList<string?> Cells(RoundAgendaItem item) =>
    [
        item.Title, item.Programme, item.FocusArea, words.Status(item.Status), Day(item.StartDate), Day(item.EndDate), string.Join(", ", item.Themes),
    ];

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
