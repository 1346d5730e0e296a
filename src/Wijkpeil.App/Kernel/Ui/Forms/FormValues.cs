using System.Globalization;

namespace Wijkpeil.App.Kernel.Ui.Forms;

/// <summary>
/// Reads the text of form fields into values. Forms carry text, not typed values, so a wrong entry comes back
/// with its own message at its field and as typed, instead of as a framework binding error.
/// </summary>
public static class FormValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];

    /// <summary>A date from a date field (yyyy-mm-dd) or typed the Dutch way (31-12-2025); null when empty.</summary>
    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A whole number; null when empty.</summary>
    public static bool TryInt(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A number as a reader types it: "12.500,50" or "12500,50" in Dutch, "12,500.50" in English, and a number field's
    /// "12500.50" in both; null when empty.
    /// </summary>
    public static bool TryDecimal(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim().Replace("€", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

        // A browser's number field always sends a point as the decimal separator, whatever the page's language.
        var culture = IsPlainInvariant(trimmed) ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture;
        if (decimal.TryParse(trimmed, NumberStyles.Number, culture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <inheritdoc cref="TryDecimal"/>
    public static bool TryDouble(string? text, out double? value)
    {
        var ok = TryDecimal(text, out var parsed);
        value = parsed is { } d ? (double)d : null;
        return ok;
    }

    // "12500.5" with one point and not three digits after it is a decimal point; "12.500" stays Dutch for twelve thousand five hundred.
    private static bool IsPlainInvariant(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return !text.Contains(',', StringComparison.Ordinal)
            && point >= 0
            && point == text.LastIndexOf('.')
            && text.Length - point - 1 != 3;
    }

    /// <summary>The value of a date field: yyyy-mm-dd.</summary>
    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
