namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// Marks the original words of a lesson whose terms a query asked for, and picks the passage of a long text that shows
/// the most different query terms. The database indexes stems, so its own snippet functions would show stems
/// ("samenwerk"); this works on the stored original text instead, analysed again with <see cref="DutchText"/>.
/// </summary>
internal static class Highlighter
{
    /// <summary>How much of a long text a snippet shows, in characters (it is then widened to whole words).</summary>
    public const int SnippetLength = 220;

    // The snippet starts a little before its first match, so the match is read in its sentence.
    private const int LeadIn = 60;

    /// <summary>All of <paramref name="text"/>, with the words that match <paramref name="queryTerms"/> marked.</summary>
    public static HighlightedText Whole(string text, IReadOnlySet<string> queryTerms) =>
        Cut(text, 0, text.Length, Matches(text, queryTerms));

    /// <summary>
    /// The passage of about <see cref="SnippetLength"/> characters of <paramref name="text"/> with the most different
    /// query terms in it (the earliest such passage), matches marked; the start of the text when nothing matches.
    /// </summary>
    public static HighlightedText Snippet(string text, IReadOnlySet<string> queryTerms)
    {
        var matches = Matches(text, queryTerms);
        if (text.Length <= SnippetLength)
        {
            return Cut(text, 0, text.Length, matches);
        }

        var start = 0;
        var best = 0;
        foreach (var match in matches)
        {
            var from = Math.Max(0, match.Start - LeadIn);
            var found = matches.Where(m => m.Start >= from && m.End <= from + SnippetLength).Select(m => m.Term).Distinct().Count();
            if (found > best)
            {
                (best, start) = (found, from);
            }
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        return Cut(text, WordStart(text, start), WordEnd(text, end), matches);
    }

    private static List<AnalysedTerm> Matches(string text, IReadOnlySet<string> queryTerms) =>
        DutchText.Analyse(text).Where(t => queryTerms.Contains(t.Term)).OrderBy(t => t.Start).ThenByDescending(t => t.Length).ToList();

    private static HighlightedText Cut(string text, int start, int end, List<AnalysedTerm> matches)
    {
        var parts = new List<HighlightedPart>();
        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (match.End <= at)
            {
                continue; // inside a span already marked (a compound and its parts share one)
            }

            var from = Math.Max(at, match.Start);
            if (from > at)
            {
                parts.Add(new HighlightedPart(text[at..from], false));
            }

            if (from == at && parts is [.., { IsMatch: true } previous])
            {
                parts[^1] = previous with { Text = previous.Text + text[from..match.End] };
            }
            else
            {
                parts.Add(new HighlightedPart(text[from..match.End], true));
            }

            at = match.End;
        }

        if (at < end)
        {
            parts.Add(new HighlightedPart(text[at..end], false));
        }

        return new HighlightedText(parts, start > 0, end < text.Length);
    }

    // Back to the start of the word the cut falls in.
    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    // On to the end of the word the cut falls in.
    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
