using Lucene.Net.Tartarus.Snowball.Ext;

namespace Wijkpeil.App.Modules.Lessons.Search;

/// <summary>
/// The Snowball Dutch stemmer (from Lucene.Net.Analysis.Common), followed by three spelling rules it leaves out, so
/// that the forms of one word meet in one stem: huizen/huis (z→s), brieven/brief (v→f) and financieel/financiële,
/// jaar/jaren (a doubled vowel before the last consonant is written single). The rules are applied to every stem, at
/// index and at query time alike, so a rare collision (boom/bom) costs a little precision and never a missed lesson.
/// </summary>
internal static class DutchStems
{
    // The Snowball stemmer keeps its word in an instance buffer: one per thread.
    [ThreadStatic]
    private static DutchStemmer? _stemmer;

    /// <summary>The stem of <paramref name="word"/>, which must already be lower case without diacritics.</summary>
    public static string Of(string word)
    {
        var stemmer = _stemmer ??= new DutchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return Respell(stemmer.Current);
    }

    private static string Respell(string stem)
    {
        if (stem.Length < 3)
        {
            return stem;
        }

        var last = stem[^1] switch
        {
            'z' => 's',
            'v' => 'f',
            var other => other,
        };
        var body = stem[..^1];
        if (!IsVowel(last) && body[^1] == body[^2] && body[^1] is 'a' or 'e' or 'o' or 'u')
        {
            body = body[..^1];
        }

        return string.Concat(body, last.ToString());
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
