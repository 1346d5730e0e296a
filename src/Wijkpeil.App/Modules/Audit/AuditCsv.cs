using System.Globalization;
using System.Text;
using Wijkpeil.App.Kernel.Text;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>
/// The audit trail as CSV, with the conventions of the open-data export (comma-separated, RFC 4180 quoting,
/// CRLF line ends) except for a UTF-8 byte order mark: this file is read in a spreadsheet, not imported again,
/// and Excel reads accented names (é, ë) right only with the mark. Cells that a spreadsheet would take
/// for a formula get a leading apostrophe (CSV injection, <see cref="CsvCell"/>): the trail holds whatever users typed.
/// </summary>
public static class AuditCsv
{
    public const string Header = "id,tijdstip,wie,actie,type,record_id,omschrijving,voor,na";

    public const string ContentType = "text/csv; charset=utf-8";

    private const string LineEnd = "\r\n";

    private const int ChunkSize = 32 * 1024;

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the header and one line per row, as the rows arrive.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<AuditRow> rows, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // As the observation export: rows gathered in memory and written in chunks, asynchronously (an HTTP
        // response refuses synchronous I/O, and one await per row would cost more than the row).
        var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);
        await using (writer)
        {
            var chunk = new StringBuilder(ChunkSize + 4096);
            chunk.Append(Header).Append(LineEnd);
            await foreach (var row in rows.WithCancellation(ct))
            {
                AppendLine(chunk, row);
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

    /// <summary>A cell as written: the shared CSV rule (<see cref="CsvCell.Text(string?)"/>), formulas neutralised, RFC 4180 quoting.</summary>
    public static string Cell(string? text) => CsvCell.Text(text);

    private static void AppendLine(StringBuilder line, AuditRow row)
    {
        line.Append(row.Id.ToString(CultureInfo.InvariantCulture)).Append(',');

        // ISO 8601 on Dutch clocks with the offset, so the moment is unambiguous and reads as people saw it.
        line.Append(AuditQueries.InAmsterdam(row.At).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append(',');
        line.Append(Cell(row.ActorName)).Append(',');
        line.Append(AuditFilter.ActionName(row.Action)).Append(',');
        line.Append(Cell(row.EntityType)).Append(',');
        line.Append(Cell(row.EntityId)).Append(',');
        line.Append(Cell(row.Summary)).Append(',');
        line.Append(Cell(row.Before)).Append(',');
        line.Append(Cell(row.After)).Append(LineEnd);
    }
}
