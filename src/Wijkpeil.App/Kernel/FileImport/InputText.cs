using System.Globalization;

namespace Wijkpeil.App.Kernel.FileImport;

/// <summary>
/// Quotes text from an input file in a message. A message repeats at most a few dozen characters of a bad
/// value: a 50 MB cell once became a 157 MB error page and 52 MB on the command line's stderr. What is
/// left out is replaced by an ellipsis and the message says how long the whole value was.
/// </summary>
public static class InputText
{
    /// <summary>The most characters of a value a message repeats.</summary>
    public const int MaxQuoted = 40;

    /// <summary>The most characters of a column name or file name a message repeats (headers can be long, but not this long).</summary>
    public const int MaxName = 120;

    /// <summary>The longest message text an importer writes; longer means it repeats input somewhere, so it is cut.</summary>
    public const int MaxMessage = 1_000;

    /// <summary>
    /// <paramref name="text"/> when it is at most <paramref name="max"/> characters, else its first
    /// characters and an ellipsis (never splitting a surrogate pair).
    /// </summary>
    public static string? Clip(string? text, int max = MaxQuoted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text is null || text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }

    /// <summary>A value quoted for a message: <c>'abc'</c>, or <c>'abc…' (52.428.800 tekens)</c> when it was clipped.</summary>
    public static string Quote(string? text, int max = MaxQuoted)
    {
        text ??= string.Empty;
        var clipped = Clip(text, max)!;
        return clipped.Length == text.Length ? $"'{text}'" : $"'{clipped}' ({Count(text.Length)} tekens)";
    }

    /// <summary>A count as people read it in Dutch text: 32.767, 52.428.800.</summary>
    public static string Count(long number) => number.ToString("#,0", CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Keeps a header or value echoed in a message short and printable, also when the file was binary.</summary>
    public static string Shorten(string text, int length = 60)
    {
        var printable = new string([.. text.Take(length).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
        return text.Length <= length ? printable : printable + "…";
    }
}
