using System.Text;

namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// A piece of a lesson's original text cut into parts that match the query and parts that do not: a page renders the
/// matches as <c>&lt;mark&gt;</c> and encodes every part, so a lesson's text never reaches the page as markup.
/// </summary>
/// <param name="Parts">The parts in reading order; joined they give the shown text.</param>
/// <param name="CutAtStart">The text shown starts after the beginning of the original (show "…" before it).</param>
/// <param name="CutAtEnd">The text shown stops before the end of the original (show "…" after it).</param>
public sealed record HighlightedText(IReadOnlyList<HighlightedPart> Parts, bool CutAtStart, bool CutAtEnd)
{
    public static HighlightedText Empty { get; } = new([], false, false);

    /// <summary>The shown text with each match between <paramref name="open"/> and <paramref name="close"/> (no encoding).</summary>
    public string Format(string open, string close)
    {
        var text = new StringBuilder();
        text.Append(CutAtStart ? "…" : "");
        foreach (var part in Parts)
        {
            text.Append(part.IsMatch ? open + part.Text + close : part.Text);
        }

        return text.Append(CutAtEnd ? "…" : "").ToString();
    }

    public override string ToString() => Format("[", "]");
}

/// <summary>One stretch of original text, marked when it is (part of) a word the query matched.</summary>
public readonly record struct HighlightedPart(string Text, bool IsMatch);
