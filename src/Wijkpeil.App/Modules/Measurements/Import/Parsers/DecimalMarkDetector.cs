using System.Globalization;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>The decimal separator a whole file uses.</summary>
internal enum DecimalMark
{
    Point,
    Comma,
}

/// <summary>A non-missing cell of a numeric column, kept as text until the file's decimal mark is known.</summary>
internal readonly record struct NumericCell(string Text, int Row, string Column);

/// <summary>
/// Decides, once per file, whether numbers use a decimal point or a decimal comma. Files from Dutch
/// spreadsheets and StatLine may use either; guessing per cell would turn "1.234" into 1.234 in one row
/// and 1234 in another. The rule (documented in docs/data-formats.md):
/// <list type="bullet">
/// <item>A file separated by <c>,</c> can only use the decimal point.</item>
/// <item>A file separated by <c>;</c> uses the comma when any cell has one, else the point.</item>
/// <item>Cells with a comma and cells with a point in one file are rejected: one of them would be a
/// thousands separator.</item>
/// <item>In a <c>;</c> file without commas, points that all look like Dutch thousands grouping ("1.234",
/// "12.500") are rejected as ambiguous; one other decimal ("0.5", "12.25") settles it.</item>
/// </list>
/// </summary>
internal static class DecimalMarkDetector
{
    /// <summary>Returns the file's decimal mark, or adds an issue and returns null when it is not unambiguous.</summary>
    /// <param name="cells">Every non-missing numeric cell, in file order.</param>
    /// <param name="delimiter">The file's field separator.</param>
    public static DecimalMark? Detect(IEnumerable<NumericCell> cells, char delimiter, IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(issues);
        var commaAllowed = delimiter != ',';
        NumericCell? firstPoint = null;
        NumericCell? firstComma = null;
        var everyPointLooksGrouped = true;
        foreach (var cell in cells)
        {
            var text = cell.Text.AsSpan().Trim();
            var hasComma = text.Contains(',');
            var hasPoint = text.Contains('.');
            if (hasComma == hasPoint || ValueParsing.ParseDecimalPointOrComma(text, out _) != CellNumber.Number)
            {
                // No evidence: an integer, or text such as "1.234,5" or "1.234.567" that is reported as
                // not a number when the cell is parsed.
                continue;
            }

            if (hasComma)
            {
                if (!commaAllowed)
                {
                    issues.Add(cell.Row, cell.Column, cell.Text.Trim(),
                        "een komma kan geen decimaalteken zijn in een bestand met ',' als scheidingsteken: gebruik een decimale punt (1.5), of ';' als scheidingsteken.");
                    return null;
                }

                if (firstPoint is { } point)
                {
                    Mixed(issues, point, cell);
                    return null;
                }

                firstComma ??= cell;
            }
            else if (hasPoint)
            {
                if (firstComma is { } comma)
                {
                    Mixed(issues, comma, cell);
                    return null;
                }

                firstPoint ??= cell;
                everyPointLooksGrouped &= LooksLikeThousands(text);
            }
        }

        if (firstComma is not null)
        {
            return DecimalMark.Comma;
        }

        if (firstPoint is { } only && commaAllowed && everyPointLooksGrouped)
        {
            issues.Add(only.Row, only.Column, only.Text.Trim(),
                string.Create(CultureInfo.InvariantCulture,
                    $"dubbelzinnig getal: in een bestand met '{delimiter}' als scheidingsteken kan de punt een decimaalteken of een scheiding van duizendtallen zijn, en geen enkel ander getal in het bestand beslist dat. Schrijf getallen zonder scheiding van duizendtallen, met één decimaalteken voor het hele bestand."));
            return null;
        }

        return DecimalMark.Point;
    }

    /// <summary>Reads a cell with the file's decimal mark.</summary>
    public static CellNumber Parse(string text, DecimalMark mark, out double value) => mark == DecimalMark.Comma
        ? ValueParsing.ParseDecimalPointOrComma(text, out value)
        : ValueParsing.ParseDecimalPoint(text, out value);

    /// <summary>What a numeric cell must hold under the file's decimal mark, for messages.</summary>
    public static string Expected(DecimalMark mark) => mark == DecimalMark.Comma
        ? "een getal met decimale komma zoals de rest van het bestand (zonder scheiding van duizendtallen), of '.' of leeg voor onbekend"
        : ValueParsing.ExpectedDecimalPoint + " (zonder scheiding van duizendtallen)";

    private static void Mixed(IssueCollector issues, NumericCell first, NumericCell conflicting) => issues.Add(
        conflicting.Row,
        conflicting.Column,
        conflicting.Text.Trim(),
        string.Create(CultureInfo.InvariantCulture,
            $"het bestand mengt decimaalkomma en decimale punt (rij {first.Row}, kolom {first.Column} heeft '{first.Text.Trim()}'), dus een van beide zou een scheiding van duizendtallen kunnen zijn. Gebruik in het hele bestand één decimaalteken en geen scheiding van duizendtallen."));

    /// <summary>"1.234", "-12.500": one to three digits (no leading zero), a point, exactly three digits.</summary>
    private static bool LooksLikeThousands(ReadOnlySpan<char> text)
    {
        if (text.StartsWith('-'))
        {
            text = text[1..];
        }

        var point = text.IndexOf('.');
        if (point is < 1 or > 3 || text.Length - point - 1 != 3 || text[0] == '0')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c != '.' && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
