using System.Collections;
using System.Globalization;
using System.Resources;
using Wijkpeil.App.Modules.Subsidies.Letters;

namespace Wijkpeil.App.Tests.Modules.Subsidies.Letters;

public sealed class DecisionLetterTextTests
{
    [Theory]
    [InlineData(1_250_000L, "€\u00A012.500,00", "€12,500.00")]
    [InlineData(900_050L, "€\u00A09.000,50", "€9,000.50")]
    [InlineData(15_000_000L, "€\u00A0150.000,00", "€150,000.00")]
    public void Amount_InEachLanguage_HasCentsAndTheEuroSign(long cents, string dutch, string english)
    {
        var amount = Wijkpeil.Domain.Common.Money.FromCents(cents);

        Assert.Equal(dutch, DecisionLetterText.Dutch.Amount(amount));
        Assert.Equal(english, DecisionLetterText.English.Amount(amount));
    }

    [Fact]
    public void Date_InEachLanguage_IsWrittenOut()
    {
        Assert.Equal("6 december 2026", DecisionLetterText.Dutch.Date(new DateOnly(2026, 12, 6)));
        Assert.Equal("6 December 2026", DecisionLetterText.English.Date(new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void Texts_EveryDutchTextHasAnEnglishOneAndTheSamePlaceholders()
    {
        var manager = new ResourceManager(typeof(DecisionLetterText));
        var dutch = Entries(manager, CultureInfo.InvariantCulture);
        var english = Entries(manager, CultureInfo.GetCultureInfo("en"));

        Assert.Equal(dutch.Keys.Order(), english.Keys.Order());
        Assert.All(dutch, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(english[entry.Key])));
    }

    [Fact]
    public void FileName_KeepsOnlySafeCharactersOfTheReference()
    {
        Assert.Equal("beschikking-SK-2026-0001.pdf", SampleLetters.Grant().FileName("pdf"));
        Assert.Equal("decision-SK-2026-0001.docx", SampleLetters.English().FileName(".docx"));
        Assert.Equal("beschikking-SK-2026-0001.pdf", (SampleLetters.Grant() with { Reference = "../SK 2026/0001" }).FileName("pdf"));
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order()];
}
