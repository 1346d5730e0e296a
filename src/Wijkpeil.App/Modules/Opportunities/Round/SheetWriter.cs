using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wijkpeil.App.Modules.Opportunities.Round;

/// <summary>
/// Writes one worksheet of text rows as an XLSX workbook: the first row is the header, every cell an inline string, so
/// a date or code stays as written (Excel would otherwise turn "2027-03-01" or "0344" into numbers).
/// </summary>
internal static class SheetWriter
{
    /// <summary>The workbook's bytes, with one sheet named <paramref name="sheetName"/> (cut to Excel's 31 characters).</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, header));
            uint index = 2;
            foreach (var row in rows)
            {
                data.Append(Row(index++, row));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var name = sheetName.Length > 31 ? sheetName[..31] : sheetName;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = name }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<string?> values)
    {
        var row = new Row { RowIndex = index };
        for (var column = 0; column < values.Count; column++)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(column) + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(values[column] ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : ColumnName((column / 26) - 1) + (char)('A' + (column % 26));
}
