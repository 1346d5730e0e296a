using System.Globalization;
using System.Text;

namespace Wijkpeil.App.Kernel.Text;

/// <summary>
/// The one rule for every CSV "voor Excel" Wijkpeil writes (an area's monitor, a focus area's figures, an indicator's
/// ranking): what Dutch Excel opens as columns and numbers with a double click. UTF-8 with a byte order mark (without
/// it Excel reads "Bijlmer-Centrum é" as Windows-1252), semicolons (Dutch Excel's list separator), decimal comma
/// without thousands separator (Excel in Dutch would read 1.234 as 1,234) and CRLF. Text cells pass the CSV-injection
/// rule of <see cref="CsvCell"/>. The open-data CSV is not this: it stays RFC 4180 with a decimal point.
/// </summary>
public static class ExcelCsv
{
    public const char Separator = ';';

    public const string LineEnd = "\r\n";

    /// <summary>The media type the files are sent with.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>UTF-8 with byte order mark: <see cref="Encoding.GetPreamble"/> gives the three bytes.</summary>
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>A number as Dutch Excel reads it: "12,5", "-3", "301000"; empty for none. Up to twelve decimals, no exponent.</summary>
    public static string Number(double? value) => value is { } number && double.IsFinite(number) ? number.ToString("0.############", Dutch) : string.Empty;

    /// <summary>A whole number: "2680"; empty for none.</summary>
    public static string Number(int? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A text cell: neutralised against formulas, quoted where it holds a semicolon, a quote or a line break.</summary>
    public static string Text(string? value) => CsvCell.Text(value, Separator);

    /// <summary>"ja" or "nee".</summary>
    public static string YesNo(bool value) => value ? "ja" : "nee";

    /// <summary>Appends one line of cells already written by <see cref="Number(double?)"/>, <see cref="Text"/>, ...</summary>
    public static StringBuilder AppendLine(StringBuilder csv, params ReadOnlySpan<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(Separator);
            }

            csv.Append(cells[i]);
        }

        return csv.Append(LineEnd);
    }

    /// <summary>
    /// Writes the header and the lines to <paramref name="output"/> as they come, in chunks (no whole file in memory),
    /// byte order mark first.
    /// </summary>
    public static async Task WriteAsync(Stream output, string header, IEnumerable<string[]> lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var writer = new StreamWriter(output, Encoding, bufferSize: 32 * 1024, leaveOpen: true);
        await using (writer)
        {
            var chunk = new StringBuilder(16 * 1024).Append(header).Append(LineEnd);
            foreach (var line in lines)
            {
                AppendLine(chunk, line);
                if (chunk.Length >= 16 * 1024)
                {
                    await writer.WriteAsync(chunk, ct);
                    chunk.Clear();
                }
            }

            await writer.WriteAsync(chunk, ct);
            await writer.FlushAsync(ct);
        }
    }
}
