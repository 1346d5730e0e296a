namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// Hands out one string instance per distinct (trimmed) text. A table repeats the same region code, period
/// and breakdown in every value of a row and across rows; sharing instances keeps hundreds of thousands of
/// parsed observations from each holding their own copies, and looking up by span allocates nothing for
/// text already seen.
/// </summary>
internal sealed class StringInterner
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringInterner()
    {
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance for <paramref name="text"/> without its leading and trailing white space.</summary>
    public string InternTrimmed(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (_bySpan.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        var created = trimmed.ToString();
        _strings.Add(created, created);
        return created;
    }

    /// <summary>The shared instance for a string built elsewhere (e.g. a combined breakdown code).</summary>
    public string Intern(string text)
    {
        if (_strings.TryGetValue(text, out var known))
        {
            return known;
        }

        _strings.Add(text, text);
        return text;
    }
}
