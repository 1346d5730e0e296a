using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Programmes;

/// <summary>
/// The rule for the slugs in a programme's addresses (programme, focus area, wave): 2 to 60 characters of lower-case
/// a-z, 0-9 and hyphens, starting and ending with a letter or digit, so it reads well in a URL and never needs escaping.
/// </summary>
public static class Slug
{
    public const int MinLength = 2;
    public const int MaxLength = 60;

    /// <summary>The trimmed slug, or <c>{codePrefix}.slug.invalid</c>.</summary>
    public static Result<string> Check(string? text, string codePrefix)
    {
        var slug = text?.Trim() ?? string.Empty;
        var valid = slug.Length is >= MinLength and <= MaxLength
            && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && slug[0] != '-' && slug[^1] != '-';
        return valid
            ? slug
            : Result<string>.Failure($"{codePrefix}.slug.invalid", $"'{slug}' is geen geldige slug: 2 tot 60 tekens a-z, 0-9 en koppeltekens, niet beginnend of eindigend met een koppelteken.");
    }
}
