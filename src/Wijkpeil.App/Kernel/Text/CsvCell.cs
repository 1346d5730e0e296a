using System.Text;

namespace Wijkpeil.App.Kernel.Text;

/// <summary>
/// The one rule for text cells in every CSV Wijkpeil writes (open-data export, audit trail, the CLI's lists),
/// against CSV injection: a spreadsheet opening the file runs a cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return as a formula (<c>=cmd|' /C calc'!A0</c>). Such a text
/// cell gets one apostrophe in front, which spreadsheets read as "this is text". A text that already starts
/// with apostrophes followed by one of those characters gets one more, so that <see cref="Restore"/> gives
/// back exactly what was written and an export can be imported again unchanged.
/// Only text goes through here: numbers are written as numbers, so a negative value stays <c>-3.5</c>.
/// Then RFC 4180 quoting where the text holds a comma, a double quote or a line break.
/// </summary>
public static class CsvCell
{
    private const char Apostrophe = '\'';

    /// <summary>A text cell as written: neutralised (see the class), then quoted where needed. Null is empty.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var safe = NeedsApostrophe(text) ? Apostrophe + text : text;
        return NeedsQuotes(safe) ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>
    /// A text cell of a CSV whose cells are separated by <paramref name="separator"/> (a semicolon for Dutch
    /// spreadsheets): as <see cref="Text"/>, also quoted where the text holds the separator.
    /// </summary>
    public static string TextBetween(string? text, char separator)
    {
        var cell = Text(text);
        return cell.Contains(separator, StringComparison.Ordinal) && !cell.StartsWith('"') ? "\"" + cell + "\"" : cell;
    }

    /// <summary>Appends <paramref name="text"/> as <see cref="Text"/> writes it, without allocating when nothing changes.</summary>
    public static StringBuilder Append(StringBuilder line, string? text)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrEmpty(text))
        {
            return line;
        }

        var apostrophe = NeedsApostrophe(text);
        if (!NeedsQuotes(text))
        {
            return apostrophe ? line.Append(Apostrophe).Append(text) : line.Append(text);
        }

        line.Append('"');
        if (apostrophe)
        {
            line.Append(Apostrophe);
        }

        return line.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>
    /// The reverse of the neutralising step, for a reader of Wijkpeil's own CSV (after unquoting): one leading
    /// apostrophe is removed when what follows the apostrophes starts with a formula character. Any other text
    /// is returned as it is, so a file written by hand reads as before.
    /// </summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == Apostrophe && NeedsApostrophe(cell) ? cell[1..] : cell;
    }

    /// <summary>True when a spreadsheet could take <paramref name="text"/>, apostrophes skipped, for a formula.</summary>
    public static bool NeedsApostrophe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length && text[start] == Apostrophe)
        {
            start++;
        }

        return start < text.Length && IsFormulaStart(text[start]);
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool NeedsQuotes(string text) => text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
}
