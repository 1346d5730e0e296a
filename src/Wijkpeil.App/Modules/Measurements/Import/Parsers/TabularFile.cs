using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Import.Formats;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// The rows of a statistical table that arrives either as the first sheet of an .xlsx workbook or as CSV
/// with the same columns, behind one surface so a parser handles both with one code path. Cells are raw
/// text (nothing trimmed); a row number is the Excel row or the CSV line, as the user sees it.
/// </summary>
internal sealed class TabularFile : IDisposable
{
    /// <summary>What an unreadable workbook is called in messages (beschadigd, afgekapt, of geen xlsx).</summary>
    public const string UnreadableXlsx = "geen geldig xlsx-bestand (beschadigd of afgekapt); download of exporteer het opnieuw.";

    /// <summary>What an unreadable CSV file is called in messages.</summary>
    public const string UnreadableCsv = "geen leesbaar CSV-bestand: verwacht UTF-8-tekst met ',' of ';' als scheidingsteken en gesloten aanhalingstekens.";

    private readonly XlsxSheetReader? _xlsx;
    private readonly DelimitedReader? _csv;

    private TabularFile(XlsxSheetReader? xlsx, DelimitedReader? csv, IReadOnlyList<string> header, int headerRow)
    {
        _xlsx = xlsx;
        _csv = csv;
        Header = header;
        HeaderRow = headerRow;
    }

    public bool IsXlsx => _xlsx is not null;

    /// <summary>The worksheet's tab name; null for CSV.</summary>
    public string? SheetName => _xlsx?.SheetName;

    /// <summary>The column names as written (untrimmed); empty when the sheet has no rows at all.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The row or line number of the header.</summary>
    public int HeaderRow { get; }

    /// <summary>The Excel row or CSV line of the current row.</summary>
    public int RowNumber => _xlsx?.RowNumber ?? _csv!.LineNumber;

    /// <summary>The message for an unreadable file of this kind.</summary>
    public string Unreadable => IsXlsx ? UnreadableXlsx : UnreadableCsv;

    /// <summary>The raw text of a cell of the current row; null when the cell is absent or empty.</summary>
    public string? this[int column]
    {
        get
        {
            if (_xlsx is not null)
            {
                return _xlsx.GetString(column);
            }

            return column < _csv!.FieldCount ? _csv[column] : null;
        }
    }

    /// <summary>
    /// Opens a file as xlsx or CSV: a zip archive is a workbook whatever its name, a .csv or .txt name is
    /// CSV, and anything else is treated as the workbook the parsers are mostly given (so random bytes
    /// named .xlsx get the workbook message). Returns null after adding an issue when it cannot be read.
    /// </summary>
    public static TabularFile? Open(Stream stream, string fileName, IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(issues);
        if (stream.CanSeek && stream.Length - stream.Position == 0)
        {
            issues.Add(null, null, null, "het bestand is leeg (0 bytes).");
            return null;
        }

        var asCsv = !StartsWithZipSignature(stream) && IsCsvName(fileName);
        try
        {
            return asCsv ? OpenCsv(stream, fileName) : OpenXlsx(stream, fileName);
        }
        catch (InvalidDataException ex)
        {
            issues.AddUnreadable(ex, null, asCsv ? UnreadableCsv : UnreadableXlsx);
            return null;
        }
    }

    /// <summary>A column as users find it: the header and, for the spreadsheet view, the column letter.</summary>
    public static string ColumnLabel(string header, int column0) =>
        $"{header.Trim()} ({XlsxSheetReader.ColumnName(column0)})";

    /// <summary>Advances to the next row that holds anything; false at the end.</summary>
    /// <exception cref="InvalidDataException">The file is damaged past the header.</exception>
    public bool ReadRow()
    {
        if (_csv is not null)
        {
            return _csv.ReadRow();
        }

        while (_xlsx!.ReadRow())
        {
            // Rows Excel keeps only for their formatting have no cells; they are no data.
            if (_xlsx.ColumnCount > 0)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        _xlsx?.Dispose();
        _csv?.Dispose();
    }

    private static TabularFile OpenXlsx(Stream stream, string fileName)
    {
        var reader = XlsxSheetReader.Open(stream, fileName, leaveOpen: true);
        try
        {
            while (reader.ReadRow())
            {
                if (reader.ColumnCount == 0)
                {
                    continue;
                }

                var header = new string[reader.ColumnCount];
                for (var i = 0; i < header.Length; i++)
                {
                    header[i] = reader.GetString(i) ?? string.Empty;
                }

                return new TabularFile(reader, null, header, reader.RowNumber);
            }

            return new TabularFile(reader, null, [], 0);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static TabularFile OpenCsv(Stream stream, string fileName)
    {
        var reader = DelimitedReader.Open(stream, fileName, leaveOpen: true);
        return new TabularFile(null, reader, reader.Header, reader.LineNumber);
    }

    private static bool IsCsvName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsWithZipSignature(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return read == head.Length && head.SequenceEqual("PK\u0003\u0004"u8);
    }
}
