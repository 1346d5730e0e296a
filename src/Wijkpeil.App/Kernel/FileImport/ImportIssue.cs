using System.Globalization;

namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>
/// One problem in an input file, precise enough to find and fix it: the file, the 1-based row (line for
/// CSV, Excel row for xlsx), the column, the value found and what was expected.
/// </summary>
/// <remarks>
/// Every text that can come from the input is clipped here, once, for every importer: a value to
/// <see cref="InputText.MaxQuoted"/> characters (<see cref="ValueLength"/> keeps the full length for the
/// message), file and column names to <see cref="InputText.MaxName"/>, the message to
/// <see cref="InputText.MaxMessage"/>. An issue is shown on a web page and on the command line; its size
/// must not depend on the size of the file.
/// </remarks>
public sealed record ImportIssue(string File, int? Row, string? Column, string? Value, string Expected)
{
    public string File { get; init; } = InputText.Clip(File, InputText.MaxName)!;

    public string? Column { get; init; } = InputText.Clip(Column, InputText.MaxName);

    /// <summary>The value as found, clipped to <see cref="InputText.MaxQuoted"/> characters with an ellipsis.</summary>
    public string? Value { get; init; } = InputText.Clip(Value);

    /// <summary>The length of the value in the file, in characters.</summary>
    public int? ValueLength { get; init; } = Value?.Length;

    public string Expected { get; init; } = InputText.Clip(Expected, InputText.MaxMessage)!;

    public override string ToString()
    {
        var where = File;
        if (Row is { } row)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", rij {row}");
        }

        if (!string.IsNullOrEmpty(Column))
        {
            where += $", kolom {Column}";
        }

        if (Value is null)
        {
            return $"{where}: {Expected}";
        }

        var length = ValueLength is { } full && full > Value.Length ? $" ({InputText.Count(full)} tekens)" : string.Empty;
        return $"{where}: waarde '{Value}'{length}: {Expected}";
    }
}
