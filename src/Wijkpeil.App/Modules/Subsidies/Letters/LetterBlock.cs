namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>
/// One block of a composed letter (<see cref="DecisionLetterContent"/>), in reading order. The DOCX and HTML writers
/// only lay blocks out, so both formats say exactly the same words. All text is plain; the writers encode it.
/// </summary>
internal abstract record LetterBlock
{
    private LetterBlock()
    {
    }

    /// <summary>The letter's subject as its title (Word's Title style, HTML h1).</summary>
    public sealed record Title(string Text) : LetterBlock;

    /// <summary>A section heading: level 1 (Heading1, h2) or 2 (Heading2, h3).</summary>
    public sealed record Heading(int Level, string Text) : LetterBlock;

    /// <summary>A paragraph of one or more lines (an address keeps its line breaks).</summary>
    public sealed record Paragraph(IReadOnlyList<string> Lines) : LetterBlock
    {
        public Paragraph(string text)
            : this([text])
        {
        }
    }

    /// <summary>A bulleted list.</summary>
    public sealed record Bullets(IReadOnlyList<string> Items) : LetterBlock;

    /// <summary>A table with one header row; <paramref name="Caption"/> names it for screen readers.</summary>
    public sealed record Table(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : LetterBlock;
}
