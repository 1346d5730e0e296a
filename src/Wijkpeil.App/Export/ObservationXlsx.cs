using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wijkpeil.App.Modules.Observations;

namespace Wijkpeil.App.Export;

/// <summary>
/// An Excel workbook with a sheet Observaties (and Observaties 2, 3, ... beyond the rows one sheet holds): a header row, then one figure per row with numbers as
/// numeric cells. Written with the streaming OpenXmlWriter, so memory stays flat however many rows.
/// </summary>
internal static class ObservationXlsx
{
    public const string SheetName = "Observaties";

    /// <summary>
    /// The columns: those of the CSV format, plus the area name, the source file and a note (why a value is
    /// left out) for people reading the sheet.
    /// </summary>
    public static readonly IReadOnlyList<string> Header =
        ["area_code", "area_name", "indicator_code", "period", "breakdown", "value", "lower", "upper", "sample_size", "source", "source_file", "note"];

    // Excel's sheet limit is 1,048,576 rows; one is the header.
    private const int MaxDataRows = 1_048_575;

    public static Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, Stream output, CancellationToken ct) =>
        WriteAsync(records, output, MaxDataRows, ct);

    /// <param name="rowsPerSheet">Figures per worksheet; a test lowers it to see sheets roll over without writing a million rows.</param>
    internal static async Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, Stream output, int rowsPerSheet, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerSheet, 1);

        // A workbook is a zip package whose directory is written last: assemble it in a temporary file
        // and copy that asynchronously, since the output may be a forward-only HTTP response.
        var path = Path.Combine(Path.GetTempPath(), "wijkpeil-export-" + Path.GetRandomFileName());
        await using var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new Sheets();

            // All figures (1.5 million with the bundled data) do not fit one worksheet: after the last row a
            // sheet can hold, the next figures go on "Observaties 2", and so on, each with the header row.
            var enumerator = records.GetAsyncEnumerator(ct);
            try
            {
                var more = await enumerator.MoveNextAsync();
                do
                {
                    var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                    using (var writer = OpenXmlWriter.Create(worksheetPart))
                    {
                        writer.WriteStartElement(new Worksheet());
                        writer.WriteStartElement(new SheetData());
                        WriteRow(writer, 1, [.. Header.Select(TextCell)]);
                        var rowIndex = 1u;
                        while (more && rowIndex <= rowsPerSheet)
                        {
                            rowIndex++;
                            WriteRow(writer, rowIndex, Cells(enumerator.Current));
                            more = await enumerator.MoveNextAsync();
                        }

                        writer.WriteEndElement();
                        writer.WriteEndElement();
                    }

                    var number = (uint)sheets.ChildElements.Count + 1;
                    sheets.Append(new Sheet
                    {
                        Id = workbookPart.GetIdOfPart(worksheetPart),
                        SheetId = number,
                        Name = number == 1 ? SheetName : string.Create(CultureInfo.InvariantCulture, $"{SheetName} {number}"),
                    });
                }
                while (more);
            }
            finally
            {
                await enumerator.DisposeAsync();
            }

            workbookPart.Workbook = new Workbook(sheets);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static Cell[] Cells(ObservationRecord record) =>
    [
        TextCell(record.AreaCode),
        TextCell(record.AreaName),
        TextCell(record.IndicatorCode),
        TextCell(record.Period),
        TextCell(record.Breakdown),
        NumberCell(record.Value),
        NumberCell(record.Lower),
        NumberCell(record.Upper),
        NumberCell(record.SampleSize),
        TextCell(record.Source),
        TextCell(record.SourceFile),
        TextCell(record.Suppressed ?? string.Empty),
    ];

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, Cell[] cells)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        foreach (var cell in cells)
        {
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    // Inline strings keep the writer streaming: a shared-string table would have to be held until the end.
    private static Cell TextCell(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    // An empty cell, not a zero, where a figure has no interval or sample size.
    private static Cell NumberCell(double? value) =>
        value is { } number ? new Cell { CellValue = new CellValue(number) } : new Cell();
}
