namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// One search term of a text and the span of the original words it came from: the span lets a hit show the words as
/// written (with their capitals, accents and endings) while matching is done on <see cref="Term"/>.
/// </summary>
/// <param name="Term">The analysed form: lower case, without diacritics, stemmed.</param>
/// <param name="Start">Where the original word (or two words, for a joined compound) starts in the text.</param>
/// <param name="Length">The length of that original span.</param>
public readonly record struct AnalysedTerm(string Term, int Start, int Length)
{
    public int End => Start + Length;
}
