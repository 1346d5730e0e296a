using System.Globalization;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>What a cell holds when it is read as a number.</summary>
internal enum CellNumber
{
    /// <summary>Empty, blank or "." (CBS: unknown or secret). Never a zero.</summary>
    Missing,

    /// <summary>A finite number.</summary>
    Number,

    /// <summary>Text that is not a number in the expected notation.</summary>
    Invalid,
}

/// <summary>
/// Reads numbers from the text cells of statistical files. Cells are trimmed of padding ("    75.2"),
/// and "." or an empty cell means the value is unknown: it is skipped, never stored as zero.
/// </summary>
internal static class ValueParsing
{
    /// <summary>What a point-decimal cell must hold, for error messages.</summary>
    public const string ExpectedDecimalPoint = "een getal met decimale punt, of '.' of leeg voor onbekend";

    /// <summary>What a cell that may use either separator must hold, for error messages.</summary>
    public const string ExpectedDecimalPointOrComma = "een getal met decimale punt of komma (zonder scheiding van duizendtallen), of '.' of leeg voor onbekend";

    // Longest number text rewritten on the stack when a decimal comma is swapped for a point.
    private const int MaxNumberLength = 64;

    /// <summary>True for an empty or blank cell and for CBS's "." (unknown or secret).</summary>
    public static bool IsMissing(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.IsEmpty || trimmed is ".";
    }

    /// <summary>Reads a number written with a decimal point (invariant notation, no thousands separators).</summary>
    public static CellNumber ParseDecimalPoint(ReadOnlySpan<char> text, out double value)
    {
        value = double.NaN;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty || trimmed is ".")
        {
            return CellNumber.Missing;
        }

        return TryParseFinite(trimmed, out value) ? CellNumber.Number : CellNumber.Invalid;
    }

    /// <summary>
    /// Reads a number whose decimal separator may be a point or a comma. This is unambiguous only because
    /// the files that need it (CBS kwb) never group thousands: one separator of either kind is the decimal
    /// separator; a value that has both, or more than one of them, is rejected rather than guessed.
    /// </summary>
    public static CellNumber ParseDecimalPointOrComma(ReadOnlySpan<char> text, out double value)
    {
        value = double.NaN;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty || trimmed is ".")
        {
            return CellNumber.Missing;
        }

        var comma = trimmed.IndexOf(',');
        if (comma < 0)
        {
            return trimmed.Count('.') <= 1 && TryParseFinite(trimmed, out value) ? CellNumber.Number : CellNumber.Invalid;
        }

        if (trimmed.Length > MaxNumberLength || trimmed.Contains('.') || trimmed[(comma + 1)..].Contains(','))
        {
            return CellNumber.Invalid;
        }

        Span<char> copy = stackalloc char[trimmed.Length];
        trimmed.CopyTo(copy);
        copy[comma] = '.';
        return TryParseFinite(copy, out value) ? CellNumber.Number : CellNumber.Invalid;
    }

    // NumberStyles.Float allows a sign, a decimal point and an exponent but no thousands separators, so
    // "1,5" and "1.234,5" fail instead of silently becoming 15 or 1.2345. NaN and infinity parse but are no figure.
    private static bool TryParseFinite(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
