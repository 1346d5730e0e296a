using System.Globalization;
using System.Text;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// The generic long CSV format: one figure per line, comma-separated, RFC 4180 quoting and CRLF line
/// ends, invariant decimal point, UTF-8 without byte order mark. The same columns the
/// <c>observations</c> importer reads, so an export can be imported again unchanged. Text that a
/// spreadsheet would run as a formula gets an apostrophe in front (<see cref="CsvCell"/>); numbers never do.
/// </summary>
internal static class ObservationCsv
{
    public const string Header = "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source";

    private const string LineEnd = "\r\n";

    private const int ChunkSize = 32 * 1024;

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, Stream output, CancellationToken ct)
    {
        // Rows are gathered in memory and handed over in chunks, asynchronously: the output may be an HTTP
        // response, which refuses synchronous I/O, and one await per row would cost more than the row.
        var writer = new StreamWriter(output, Utf8WithoutBom, bufferSize: 64 * 1024, leaveOpen: true);
        await using (writer)
        {
            // The header leaves before the first record is asked for: the database may sort every figure first
            // (seconds for the whole data set), and the reader should see the download start meanwhile.
            await writer.WriteAsync((Header + LineEnd).AsMemory(), ct);
            await writer.FlushAsync(ct);

            var chunk = new StringBuilder(ChunkSize + 1024);
            await foreach (var record in records.WithCancellation(ct))
            {
                AppendLine(chunk, record);
                if (chunk.Length >= ChunkSize)
                {
                    await writer.WriteAsync(chunk, ct);
                    chunk.Clear();
                }
            }

            await writer.WriteAsync(chunk, ct);
            await writer.FlushAsync(ct);
        }
    }

    private static void AppendLine(StringBuilder line, ObservationRecord record)
    {
        AppendField(line, record.AreaCode).Append(',');
        AppendField(line, record.IndicatorCode).Append(',');
        AppendField(line, record.Period).Append(',');
        AppendField(line, record.Breakdown).Append(',');
        AppendNumber(line, record.Value).Append(',');
        AppendNumber(line, record.Lower).Append(',');
        AppendNumber(line, record.Upper).Append(',');
        if (record.SampleSize is { } sampleSize)
        {
            line.Append(CultureInfo.InvariantCulture, $"{sampleSize}");
        }

        line.Append(',');
        AppendField(line, record.Source).Append(LineEnd);
    }

    // The shortest text that parses back to the same double: 12.3 stays 12.3, never 12.300000000000001.
    private static StringBuilder AppendNumber(StringBuilder line, double? value) =>
        value is { } number ? line.Append(CultureInfo.InvariantCulture, $"{number}") : line;

    // Text cells only (codes, source): neutralised against formulas and quoted by the one shared rule.
    private static StringBuilder AppendField(StringBuilder line, string value) => CsvCell.Append(line, value);
}
