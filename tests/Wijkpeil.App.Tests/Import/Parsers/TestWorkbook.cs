using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wijkpeil.App.Modules.Measurements.Import.Formats;

namespace Wijkpeil.App.Tests.Import.Parsers;

/// <summary>
/// Writes the small workbooks and CSV files the parser tests feed in. The xlsx comes from the Open XML SDK,
/// a different writer than the one CBS uses, so the parsers are not tested only against one producer.
/// </summary>
internal static class TestWorkbook
{
    /// <summary>The header of a StatLine untyped dataset as in the 50090NED downloads, cut to two measures.</summary>
    public static readonly string[] StatLineHeader =
    [
        "ID", "Leeftijd", "Marges", "WijkenEnBuurten", "Perioden", "Gemeentenaam_1", "SoortRegio_2", "Codering_3",
        "ErvarenGezondheidGoedZeerGoed_4", "Overgewicht_9",
    ];

    /// <summary>One StatLine data row, padded the way CBS pads codes and values.</summary>
    public static string?[] StatLineRow(string code, string gemeente, string soort, string period, string? health, string? overweight, string age = "20300", string margin = "MW00000") =>
    [
        "1", age, margin, code.PadRight(10), period, gemeente.PadRight(40), soort.PadRight(10), code.PadRight(20),
        health is null ? null : health.PadLeft(8), overweight is null ? null : overweight.PadLeft(8),
    ];

    /// <summary>An .xlsx workbook with one sheet; every cell is text (CBS stores numbers as text), null leaves the cell out.</summary>
    public static byte[] Xlsx(string sheetName, params IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint number = 0;
            foreach (var row in rows)
            {
                number++;
                var xmlRow = new Row { RowIndex = number };
                for (var column = 0; column < row.Count; column++)
                {
                    if (row[column] is not { } text)
                    {
                        continue;
                    }

                    xmlRow.Append(new Cell
                    {
                        CellReference = XlsxSheetReader.ColumnName(column) + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }

                data.Append(xmlRow);
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
        }

        return memory.ToArray();
    }

    /// <summary>UTF-8 CSV with every field quoted, as StatLine and Excel exports write padded text.</summary>
    public static byte[] Csv(char delimiter, params IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(delimiter, row.Select(field => field is null ? string.Empty : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
            text.Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The first sheet of a workbook as rows of raw cell text, to rewrite a real file in another form.</summary>
    public static List<string?[]> ReadAll(string path)
    {
        using var reader = XlsxSheetReader.Open(File.OpenRead(path), Path.GetFileName(path));
        var rows = new List<string?[]>();
        while (reader.ReadRow())
        {
            var row = new string?[reader.ColumnCount];
            for (var column = 0; column < row.Length; column++)
            {
                row[column] = reader.GetString(column);
            }

            rows.Add(row);
        }

        return rows;
    }
}
