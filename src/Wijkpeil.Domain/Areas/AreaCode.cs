using System.Diagnostics.CodeAnalysis;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Areas;

/// <summary>
/// A CBS region code: NL00 or NL01 (country), PVnn (province), GMnnnn (municipality),
/// WKnnnnxx (district, wijk) or BUnnnnxxxx (neighbourhood, buurt), where nnnn is the gemeente number and
/// xx mostly digits, but capital letters in Amsterdam (WK0363AA, BU0363AA01).
/// </summary>
public readonly record struct AreaCode : IComparable<AreaCode>
{
    private AreaCode(string value, AreaLevel level)
    {
        Value = value;
        Level = level;
    }

    public string Value { get; }

    public AreaLevel Level { get; }

    /// <summary>
    /// The parent code where the code itself determines it: a buurt's wijk and a wijk's gemeente.
    /// A gemeente's province is not in its code (it comes from the province table), and a province's
    /// parent is the country.
    /// </summary>
    public AreaCode? DerivedParent => Level switch
    {
        AreaLevel.Neighbourhood => new AreaCode(string.Concat("WK", Value.AsSpan(2, 6)), AreaLevel.District),
        AreaLevel.District => new AreaCode(string.Concat("GM", Value.AsSpan(2, 4)), AreaLevel.Municipality),
        AreaLevel.Province => new AreaCode("NL00", AreaLevel.Country),
        _ => null,
    };

    /// <summary>The municipality this code lies in, for gemeente, wijk and buurt codes.</summary>
    public AreaCode? Municipality => Level is AreaLevel.Municipality or AreaLevel.District or AreaLevel.Neighbourhood
        ? new AreaCode(string.Concat("GM", Value.AsSpan(2, 4)), AreaLevel.Municipality)
        : null;

    public static Result<AreaCode> Parse(string? text)
    {
        if (TryParse(text, out var code))
        {
            return Result<AreaCode>.Success(code);
        }

        return Result<AreaCode>.Failure(
            "area.code.invalid",
            $"'{text}' is geen geldige CBS-gebiedscode (verwacht NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn).");
    }

    /// <summary>Parses a code, ignoring the space padding CBS files carry; letters must be upper case.</summary>
    public static bool TryParse(string? text, out AreaCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length < 4)
        {
            return false;
        }

        AreaLevel? level = span[..2] switch
        {
            "NL" when span is "NL00" or "NL01" => AreaLevel.Country,
            "PV" when span.Length == 4 => AreaLevel.Province,
            "GM" when span.Length == 6 => AreaLevel.Municipality,
            "WK" when span.Length == 8 => AreaLevel.District,
            "BU" when span.Length == 10 => AreaLevel.Neighbourhood,
            _ => null,
        };

        // The gemeente number is four digits, but the wijk and buurt parts after it may hold capital
        // letters: Amsterdam numbers its wijken WK0363AA..., its buurten BU0363AA01... (627 codes in 2024).
        var numberLength = level is AreaLevel.District or AreaLevel.Neighbourhood ? 4 : span.Length - 2;
        if (level is null || !AllDigits(span.Slice(2, numberLength)) || !AllDigitsOrCapitals(span[(2 + numberLength)..]))
        {
            return false;
        }

        code = new AreaCode(span.Length == text.Length ? text : span.ToString(), level.Value);
        return true;
    }

    /// <summary>For values already known to be valid, such as seed data; throws on a bad code.</summary>
    public static AreaCode From(string text) =>
        TryParse(text, out var code) ? code : throw new ArgumentException($"Invalid area code '{text}'.", nameof(text));

    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    public int CompareTo(AreaCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    public static bool operator <(AreaCode left, AreaCode right) => left.CompareTo(right) < 0;

    public static bool operator >(AreaCode left, AreaCode right) => left.CompareTo(right) > 0;

    public static bool operator <=(AreaCode left, AreaCode right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AreaCode left, AreaCode right) => left.CompareTo(right) >= 0;

    private static bool AllDigitsOrCapitals(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
