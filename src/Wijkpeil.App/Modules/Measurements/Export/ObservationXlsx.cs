using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// An Excel workbook with a sheet Observaties (and Observaties 2, 3, ... beyond the rows one sheet holds): a header row,
/// then one figure per row with numbers as numeric cells and text as inline strings (never formulas).
/// <para>
/// Written as it streams in, into a zip that goes out chunk by chunk: the parts are small XML files written by hand,
/// and each entry's sizes follow it in a data descriptor, since the output cannot seek (an HTTP response). The Open XML SDK's package writer kept every part uncompressed in memory until the end (hundreds of
/// megabytes for the whole data set), so it is not used here. The workbook part, which lists the sheets, comes after
/// them, because their number is known only at the end; readers find parts through the zip's central directory.
/// </para>
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

    // Rows are gathered as text and handed to the zip in chunks of this size, and the compressed bytes go out
    // after each chunk (one await per row would cost more than the row).
    private const int ChunkSize = 64 * 1024;

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string XmlDeclaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    // Every .xml part that is not the workbook is a worksheet, so the content types can be written first,
    // before the number of sheets is known.
    private const string ContentTypes = XmlDeclaration +
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        "</Types>";

    private const string PackageRelationships = XmlDeclaration +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>""" +
        "</Relationships>";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // What XML text cannot hold as it is: markup characters, control characters, a carriage return (a reader
    // would turn it into a line feed) and lone surrogates or non-characters.
    private static readonly SearchValues<char> NeedsEscaping = SearchValues.Create(CharactersToEscape());

    public static Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, Stream output, CancellationToken ct) =>
        WriteAsync(records, output, MaxDataRows, ct);

    /// <param name="rowsPerSheet">Figures per worksheet; a test lowers it to see sheets roll over without writing a million rows.</param>
    internal static async Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, Stream output, int rowsPerSheet, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerSheet, 1);

        // The zip writes synchronously (also when its entries close); it writes into a buffer that goes out
        // asynchronously after every chunk, so the output may be an HTTP response.
        await using var buffer = new AsyncDrainBuffer(output);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WritePart(zip, "[Content_Types].xml", ContentTypes);
            WritePart(zip, "_rels/.rels", PackageRelationships);

            // These parts leave before the first record is asked for: the database may sort every figure first
            // (seconds for the whole data set), and the reader should see the download start meanwhile.
            await buffer.DrainAsync(ct);
            await output.FlushAsync(ct);

            // All figures (1.5 million with the bundled data) do not fit one worksheet: after the last row a
            // sheet can hold, the next figures go on "Observaties 2", and so on, each with the header row.
            var sheets = 0;
            var enumerator = records.GetAsyncEnumerator(ct);
            try
            {
                var more = await enumerator.MoveNextAsync();
                do
                {
                    sheets++;
                    var entry = zip.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{sheets}.xml"), CompressionLevel.Optimal);
                    using (var part = entry.Open())
                    {
                        var chunk = new StringBuilder(ChunkSize + 4096);
                        chunk.Append(XmlDeclaration).Append("<worksheet xmlns=\"").Append(SpreadsheetNamespace).Append("\"><sheetData>");
                        AppendHeaderRow(chunk);
                        var rowIndex = 1;
                        while (more && rowIndex <= rowsPerSheet)
                        {
                            rowIndex++;
                            AppendRow(chunk, rowIndex, enumerator.Current);
                            if (chunk.Length >= ChunkSize)
                            {
                                Write(part, chunk);
                                await buffer.DrainAsync(ct);
                            }

                            more = await enumerator.MoveNextAsync();
                        }

                        chunk.Append("</sheetData></worksheet>");
                        Write(part, chunk);
                    }

                    await buffer.DrainAsync(ct);
                }
                while (more);
            }
            finally
            {
                await enumerator.DisposeAsync();
            }

            WritePart(zip, "xl/workbook.xml", Workbook(sheets));
            WritePart(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets));
        }

        // The zip's central directory, written when it closed.
        await buffer.DrainAsync(ct);
    }

    private static void AppendHeaderRow(StringBuilder xml)
    {
        xml.Append("<row r=\"1\">");
        foreach (var name in Header)
        {
            AppendText(xml, name);
        }

        xml.Append("</row>");
    }

    private static void AppendRow(StringBuilder xml, int rowIndex, ObservationRecord record)
    {
        xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{rowIndex}\">");
        AppendText(xml, record.AreaCode);
        AppendText(xml, record.AreaName);
        AppendText(xml, record.IndicatorCode);
        AppendText(xml, record.Period);
        AppendText(xml, record.Breakdown);
        AppendNumber(xml, record.Value);
        AppendNumber(xml, record.Lower);
        AppendNumber(xml, record.Upper);
        AppendNumber(xml, record.SampleSize);
        AppendText(xml, record.Source);
        AppendText(xml, record.SourceFile);
        AppendText(xml, record.Suppressed ?? string.Empty);
        xml.Append("</row>");
    }

    // An inline string: a shared-string table would have to be held until the end. A cell of type inlineStr is
    // text whatever it starts with, so "=cmd|..." is never a formula here.
    private static void AppendText(StringBuilder xml, string text)
    {
        var preserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        xml.Append(preserve ? "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "<c t=\"inlineStr\"><is><t>");
        AppendEscaped(xml, text);
        xml.Append("</t></is></c>");
    }

    // An empty cell, not a zero, where a figure has no interval or sample size. The shortest text that reads
    // back as the same double, as in the CSV.
    private static void AppendNumber(StringBuilder xml, double? value)
    {
        if (value is { } number)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<c><v>{number}</v></c>");
        }
        else
        {
            xml.Append("<c/>");
        }
    }

    private static void AppendEscaped(StringBuilder xml, string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var next = span.IndexOfAny(NeedsEscaping);
            if (next < 0)
            {
                xml.Append(span);
                return;
            }

            xml.Append(span[..next]);
            var c = span[next];
            var length = 1;
            switch (c)
            {
                case '&':
                    xml.Append("&amp;");
                    break;
                case '<':
                    xml.Append("&lt;");
                    break;
                case '>':
                    xml.Append("&gt;");
                    break;
                case '\r':
                    xml.Append("&#13;");
                    break;
                case var _ when char.IsHighSurrogate(c) && next + 1 < span.Length && char.IsLowSurrogate(span[next + 1]):
                    xml.Append(c).Append(span[next + 1]);
                    length = 2;
                    break;
                default:
                    // A control character, lone surrogate or non-character has no place in XML 1.0.
                    xml.Append('\uFFFD');
                    break;
            }

            span = span[(next + length)..];
        }
    }

    private static void Write(Stream part, StringBuilder chunk)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(chunk.Length));
        try
        {
            var count = 0;
            foreach (var piece in chunk.GetChunks())
            {
                count += Utf8.GetBytes(piece.Span, bytes.AsSpan(count));
            }

            part.Write(bytes, 0, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        chunk.Clear();
    }

    private static void WritePart(ZipArchive zip, string name, string xml)
    {
        using var part = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        part.Write(Utf8.GetBytes(xml));
    }

    private static string Workbook(int sheets)
    {
        var xml = new StringBuilder(XmlDeclaration)
            .Append("<workbook xmlns=\"").Append(SpreadsheetNamespace)
            .Append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (var number = 1; number <= sheets; number++)
        {
            var name = number == 1 ? SheetName : string.Create(CultureInfo.InvariantCulture, $"{SheetName} {number}");
            xml.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{name}\" sheetId=\"{number}\" r:id=\"rId{number}\"/>");
        }

        return xml.Append("</sheets></workbook>").ToString();
    }

    private static string WorkbookRelationships(int sheets)
    {
        var xml = new StringBuilder(XmlDeclaration).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var number = 1; number <= sheets; number++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{number}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{number}.xml\"/>");
        }

        return xml.Append("</Relationships>").ToString();
    }

    private static string CharactersToEscape()
    {
        var characters = new StringBuilder("&<>\r");
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not '\t' and not '\n' and not '\r')
            {
                characters.Append(c);
            }
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            characters.Append(c);
        }

        return characters.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}
