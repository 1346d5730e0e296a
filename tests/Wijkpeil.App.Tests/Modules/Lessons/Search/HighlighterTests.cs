using Wijkpeil.App.Modules.Lessons.Search;

namespace Wijkpeil.App.Tests.Modules.Lessons.Search;

/// <summary>Hits show the lesson's own words, with the ones the query matched marked, never the stems.</summary>
public sealed class HighlighterTests
{
    // Three sentences of the 2024 progress letter, 420 characters: longer than one snippet.
    private const string Letter =
        "De nabijheid van ontmoetingsplekken speelt een belangrijke rol bij het contact in de wijken. "
        + "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente "
        + "en wijkprofessionals in contact kunnen komen. "
        + "Dit kan bijvoorbeeld gaan om het geven van extra financiële ondersteuning voor specifieke projecten, het leveren "
        + "van expertise, het leggen van verbindingen en het versterken van de regionale samenwerking.";

    [Fact]
    public void Whole_InflectedQuery_MarksTheWordsAsWritten()
    {
        var title = Highlighter.Whole("Samenwerking met de gemeenten: tips", Terms("samenwerkingen gemeente"));

        Assert.Equal("[Samenwerking] met de [gemeenten]: tips", title.ToString());
        Assert.False(title.CutAtStart || title.CutAtEnd);
    }

    [Fact]
    public void Snippet_LongText_ShowsThePassageWithTheMatchesCutAtWords()
    {
        var snippet = Highlighter.Snippet(Letter, Terms("financiele samenwerking"));

        var shown = snippet.ToString();
        Assert.Contains("[financiële]", shown, StringComparison.Ordinal);
        Assert.Contains("[samenwerking]", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("nabijheid", shown, StringComparison.Ordinal);
        Assert.True(snippet.CutAtStart);
        Assert.StartsWith("…", shown, StringComparison.Ordinal);
        var start = Letter.IndexOf(string.Concat(snippet.Parts.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.True(start > 0);
        Assert.Equal(' ', Letter[start - 1]);
    }

    [Fact]
    public void Snippet_NoMatchInText_ShowsTheStartUnmarked()
    {
        var snippet = Highlighter.Snippet(Letter, Terms("buurthuis"));

        Assert.StartsWith("De nabijheid van ontmoetingsplekken", snippet.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(snippet.Parts, p => p.IsMatch);
        Assert.True(snippet.CutAtEnd);
    }

    [Fact]
    public void Whole_CompoundWrittenAsTwoWords_MarksBothWordsAsOne()
    {
        var text = Highlighter.Whole("Spreekuur in het buurt huis van Batau", Terms("buurthuizen"));

        Assert.Equal("Spreekuur in het [buurt huis] van Batau", text.ToString());
    }

    private static HashSet<string> Terms(string query) => [.. DutchText.QueryTerms(query)];
}
