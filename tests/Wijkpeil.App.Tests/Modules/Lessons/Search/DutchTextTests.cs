using Wijkpeil.App.Modules.Lessons.Search;

namespace Wijkpeil.App.Tests.Modules.Lessons.Search;

/// <summary>The analysis both providers index and query with, on words and sentences of the 2024 progress letter.</summary>
public sealed class DutchTextTests
{
    [Theory]
    [InlineData("samenwerkingen", "samenwerking")]
    [InlineData("buurthuizen", "buurthuis")]
    [InlineData("ontmoetingsplekken", "ontmoetingsplek")]
    [InlineData("financiële", "financiele")]
    [InlineData("financiële", "financieel")]
    [InlineData("wijken", "wijk")]
    [InlineData("Oekraïne", "oekraine")]
    [InlineData("crèche", "creche")]
    [InlineData("JONGERENWERK", "jongerenwerk")]
    public void QueryTerms_FormsOfOneWord_GiveOneTerm(string form, string other)
    {
        Assert.Equal(DutchText.QueryTerms(other), DutchText.QueryTerms(form));
        Assert.Single(DutchText.QueryTerms(form));
    }

    [Fact]
    public void QueryTerms_DifferentWords_StayApart()
    {
        var terms = DutchText.QueryTerms("samenwerking onderzoek veiligheid gezondheid");

        Assert.Equal(4, terms.Distinct().Count());
    }

    [Fact]
    public void QueryTerms_StopWordsAndRepeats_AreLeftOut()
    {
        var terms = DutchText.QueryTerms("de ontmoetingsplekken in de wijk en het buurthuis in de wijken");

        Assert.Equal(DutchText.QueryTerms("ontmoetingsplek wijk buurthuis"), terms);
    }

    [Fact]
    public void Analyse_Sentence_SpansPointAtTheOriginalWords()
    {
        const string Sentence = "Dit kan bijvoorbeeld gaan om het geven van extra financiële ondersteuning voor specifieke projecten.";

        var terms = DutchText.Analyse(Sentence);

        var financial = Assert.Single(terms, t => t.Term == DutchText.QueryTerms("financieel")[0]);
        Assert.Equal("financiële", Sentence[financial.Start..financial.End]);
        Assert.DoesNotContain(terms, t => Sentence[t.Start..t.End] is "het" or "van" or "voor");
    }

    [Fact]
    public void Analyse_Compound_AlsoGivesItsParts()
    {
        const string Sentence = "Extra inzet op onderwijs en jongerenwerk.";

        var terms = DutchText.Analyse(Sentence);

        var parts = DutchText.QueryTerms("jongeren werk");
        Assert.All(parts, part => Assert.Equal("jongerenwerk", Sentence[Span(terms, part)]));
    }

    [Theory]
    [InlineData("Het nieuwe buurt huis in Overvecht.", "buurt huis")]
    [InlineData("Het nieuwe buurt-huis in Overvecht.", "buurt-huis")]
    public void Analyse_PartsSideBySide_AlsoGiveTheCompound(string sentence, string written)
    {
        var terms = DutchText.Analyse(sentence);

        Assert.Equal(written, sentence[Span(terms, DutchText.QueryTerms("buurthuis")[0])]);
    }

    [Fact]
    public void Analyse_PartsWithAWordBetween_GiveNoCompound()
    {
        var terms = DutchText.Analyse("De buurt en het huis.");

        Assert.DoesNotContain(terms, t => t.Term == DutchText.QueryTerms("buurthuis")[0]);
    }

    [Fact]
    public void IndexForm_EmptyOrOnlyStopWords_IsEmpty()
    {
        Assert.Equal("", DutchText.IndexForm(""));
        Assert.Equal("", DutchText.IndexForm("de en het van"));
    }

    private static Range Span(IReadOnlyList<AnalysedTerm> terms, string term)
    {
        var found = Assert.Single(terms, t => t.Term == term);
        return found.Start..found.End;
    }
}
