using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// The one text analysis of the lessons search, used when a lesson is indexed and when a query is read, on both
/// database providers: words (Lucene's standard tokenizer), lower case, diacritics removed (é→e, ï→i, ë→e), the
/// Snowball list of Dutch stop words left out, Dutch stems (<see cref="DutchStems"/>) and, for indexed text only,
/// the compound thesaurus (<see cref="CompoundThesaurus"/>). Because the database only ever sees these terms, SQLite's
/// FTS5 and PostgreSQL's tsvector match exactly the same lessons.
/// </summary>
public static class DutchText
{
    /// <summary>
    /// Every term of <paramref name="text"/> with the span of its original words, compound expansions included: what a
    /// lesson is indexed with, and what the highlighter compares a query's terms to.
    /// </summary>
    public static IReadOnlyList<AnalysedTerm> Analyse(string text)
    {
        var words = Words(text);
        var terms = new List<AnalysedTerm>(words.Count + 4);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            terms.Add(word);
            if (CompoundThesaurus.TrySplit(word.Term, out var parts))
            {
                terms.Add(word with { Term = parts.First });
                terms.Add(word with { Term = parts.Second });
            }

            if (i + 1 < words.Count && OnlySpaceOrHyphenBetween(text, word, words[i + 1])
                && CompoundThesaurus.TryJoin(word.Term, words[i + 1].Term, out var compound))
            {
                terms.Add(new AnalysedTerm(compound, word.Start, words[i + 1].End - word.Start));
            }
        }

        return terms;
    }

    /// <summary>The text as the database indexes it: its terms (<see cref="Analyse"/>) joined by spaces.</summary>
    public static string IndexForm(string text) => string.Join(' ', Analyse(text).Select(t => t.Term));

    /// <summary>
    /// The distinct terms of what someone typed in the search box, in order. No thesaurus here: the index already
    /// holds both forms of a compound, so "buurthuis" and "buurt huis" each find lessons written either way.
    /// </summary>
    public static IReadOnlyList<string> QueryTerms(string query) => Words(query).Select(w => w.Term).Distinct().ToList();

    private static List<AnalysedTerm> Words(string text)
    {
        var words = new List<AnalysedTerm>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        using var stream = Pipeline(text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(new AnalysedTerm(DutchStems.Of(term.ToString()), offset.StartOffset, offset.EndOffset - offset.StartOffset));
        }

        stream.End();
        return words;
    }

    private static StopFilter Pipeline(string text)
    {
        const LuceneVersion Version = LuceneVersion.LUCENE_48;
        TokenStream stream = new StandardTokenizer(Version, new StringReader(text));
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
    }

    private static bool OnlySpaceOrHyphenBetween(string text, AnalysedTerm left, AnalysedTerm right) =>
        text.AsSpan(left.End, right.Start - left.End).Trim().TrimStart('-').IsWhiteSpace();
}
