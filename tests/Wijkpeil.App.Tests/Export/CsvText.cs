using System.Text;

namespace Wijkpeil.App.Tests.Export;

/// <summary>
/// Reads CSV text back into rows of cells, so tests assert on what a spreadsheet would see in each cell: RFC 4180 with
/// ',' (the open-data CSV), or as Dutch Excel opens a CSV "voor Excel" with ';'. A cell that starts with a double quote
/// runs to the next lone quote (a doubled quote inside is one quote), so it may hold the separator and line breaks;
/// rows end at CRLF or LF. No dependency: CsvHelper is not referenced.
/// </summary>
internal static class CsvText
{
    /// <summary>The rows of <paramref name="text"/>; the caller checks and removes a byte order mark first.</summary>
    public static List<string[]> Parse(string text, char separator = ',')
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
