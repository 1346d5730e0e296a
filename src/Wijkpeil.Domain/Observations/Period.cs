using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Observations;

/// <summary>Whether a period is a calendar year or a named measurement wave (meetmoment).</summary>
public enum PeriodKind
{
    Year = 0,
    Wave = 1,
}

/// <summary>
/// The time an observation refers to. Codes are "2020" for a year or "2023-meting" style names for waves;
/// every period has a year so that periods sort and compare.
/// </summary>
public sealed class Period
{
    private Period(string code, int year, PeriodKind kind, string label)
    {
        Code = code;
        Year = year;
        Kind = kind;
        Label = label;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public int Year { get; private set; }

    public PeriodKind Kind { get; private set; }

    public string Label { get; private set; }

    public static Period ForYear(int year)
    {
        if (year is < 1900 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A period year lies between 1900 and 2200.");
        }

        var code = year.ToString(CultureInfo.InvariantCulture);
        return new Period(code, year, PeriodKind.Year, code);
    }

    public static Period Wave(string code, int year, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new Period(code.Trim(), year, PeriodKind.Wave, string.IsNullOrWhiteSpace(label) ? code.Trim() : label.Trim());
    }

    /// <summary>
    /// Reads a year period as sources write it: "2020" or StatLine's "2020JJ00", and returns its code ("2020").
    /// Wave codes are not years: callers look them up among the stored periods first.
    /// </summary>
    public static Result<string> ParseCode(string? text)
    {
        var span = (text ?? string.Empty).AsSpan().Trim();
        if (span.Length == 8 && span[4..6].SequenceEqual("JJ") && span[6..].SequenceEqual("00"))
        {
            span = span[..4];
        }

        if (span.Length == 4 && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
        {
            return Result<string>.Success(span.ToString());
        }

        return Result<string>.Failure(
            "period.invalid",
            $"'{text}' is geen geldige periode (verwacht een jaartal zoals 2020 of StatLine-notatie 2020JJ00).",
            null,
            text);
    }
}
