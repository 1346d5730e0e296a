using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wijkpeil.App.Modules.Observations;

namespace Wijkpeil.App.Export;

/// <summary>
/// An Excel workbook with one sheet, Observaties: a header row, then one figure per row with numbers as
/// numeric cells. Written with the streaming OpenXmlWriter, so memory stays flat however many rows.
/// </summary>
internal static class ObservationXlsx
{
    public const string SheetName = "Observaties";

    /// <summary>The columns: those of the CSV format, plus the area name and source file for people reading the sheet.</summary>
    public static readonly IReadOnlyList<string> Header =
        ["area_code", "area_name", "indicator_code", "period", "breakdown", "value", "lower", "upper", "sample_size", "source", "source_file"];

    // Excel's sheet limit is 1,048,576 rows; one is the header.
    private const int MaxDataRows = 1_048_575;

    public static async Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, Stream output, CancellationToken ct)
    {
        // A workbook is a zip package whose directory is written last: assemble it in a temporary file
        // and copy that asynchronously, since the output may be a forward-only HTTP response.
        var path = Path.Combine(Path.GetTempPath(), "wijkpeil-export-" + Path.GetRandomFileName());
        await using var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(worksheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, [.. Header.Select(TextCell)]);
                var rowIndex = 1u;
                await foreach (var record in records.WithCancellation(ct))
                {
                    if (rowIndex > MaxDataRows)
                    {
                        throw new InvalidOperationException(string.Create(
                            CultureInfo.GetCultureInfo("nl-NL"),
                            $"Een Excel-werkblad kan hoogstens {MaxDataRows:N0} rijen bevatten; kies een kleinere selectie of exporteer als CSV."));
                    }

                    rowIndex++;
                    WriteRow(writer, rowIndex, Cells(record));
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbookPart.Workbook = new Workbook(
                new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = SheetName }));
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
