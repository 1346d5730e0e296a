using System.Globalization;

namespace Wijkpeil.Domain.Common;

/// <summary>
/// Shared checks for free text typed into forms, so every entity answers a blank or overlong field
/// with the same codes (<c>{prefix}.required</c>, <c>{prefix}.too_long</c>) and the same Dutch wording.
/// </summary>
internal static class TextRules
{
    /// <summary>A required single-line text: trimmed, not blank, at most <paramref name="maxLength"/> characters.</summary>
    public static Result<string> Required(string? text, int maxLength, string codePrefix, string label, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<string>.Failure($"{codePrefix}.required", $"Vul {label} in.", field);
        }

        return Limit(text.Trim(), maxLength, codePrefix, label, field);
    }

    /// <summary>An optional single-line text: trimmed, blank becomes null.</summary>
    public static Result<string?> Optional(string? text, int maxLength, string codePrefix, string label, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<string?>.Success(null);
        }

        var limited = Limit(text.Trim(), maxLength, codePrefix, label, field);
        return limited.IsSuccess ? limited.Value : limited.Error!;
    }

    /// <summary>
    /// An optional Markdown text, kept exactly as typed (leading spaces and line breaks carry meaning in
    /// Markdown); only a text of nothing but white space becomes null.
    /// </summary>
    public static Result<string?> OptionalRaw(string? text, int maxLength, string codePrefix, string label, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<string?>.Success(null);
        }

        var limited = Limit(text, maxLength, codePrefix, label, field);
        return limited.IsSuccess ? limited.Value : limited.Error!;
    }

    private static Result<string> Limit(string text, int maxLength, string codePrefix, string label, string field)
    {
        if (text.Length > maxLength)
        {
            return Result<string>.Failure(
                $"{codePrefix}.too_long",
                string.Create(CultureInfo.InvariantCulture, $"De tekst bij {label} is te lang: {text.Length} tekens, maximaal {maxLength}."),
                field,
                text.Length,
                maxLength);
        }

        return text;
    }
}
