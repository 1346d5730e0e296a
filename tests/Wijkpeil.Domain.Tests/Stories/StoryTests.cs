using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.Stories;
using Wijkpeil.Domain.Tests.Agenda;

namespace Wijkpeil.Domain.Tests.Stories;

public sealed class StoryTests
{
    private static readonly DateOnly Today = TestProgramme.Today;
    private static readonly Programme Programme = TestProgramme.VitaleWijken();
    private static readonly AreaCode Overvecht = AreaCode.From("WK034403");

    private static StoryDetails Details(
        StoryMethod method = StoryMethod.Interview,
        DateOnly? date = null,
        AreaCode? area = null,
        int pillar = 1,
        int? projectId = null,
        string summary = "Bewoners vinden de Werkwinkel makkelijk te bereiken.",
        string? body = null) =>
        new(method, date ?? new DateOnly(2025, 4, 2), area ?? Overvecht, pillar, projectId, summary, body);

    private static Story NewStory() => Story.Create(Programme, Details(), Today).Value;

    [Fact]
    public void Create_ValidDetails_ReturnsUnpublishedStoryWithoutConsent()
    {
        var result = Story.Create(Programme, Details(StoryMethod.FocusGroup, projectId: 12, summary: " Samenvatting ", body: "# Kop\n\n> citaat\n"), Today);

        Assert.True(result.IsSuccess);
        var story = result.Value;
        Assert.Equal(StoryMethod.FocusGroup, story.Method);
        Assert.Equal(new DateOnly(2025, 4, 2), story.Date);
        Assert.Equal(Overvecht, story.Area);
        Assert.Equal(1, story.PillarNumber);
        Assert.Equal(12, story.ProjectId);
        Assert.Equal("Samenvatting", story.Summary);
        Assert.Equal("# Kop\n\n> citaat\n", story.Body);
        Assert.False(story.IsConsentRecorded);
        Assert.Null(story.ConsentRecordedOn);
        Assert.False(story.IsAnonymised);
        Assert.False(story.IsPublished);
        Assert.Empty(story.Quotes);
    }

    [Theory]
    [InlineData("GM0344")]
    [InlineData("WK034403")]
    [InlineData("BU03550205")]
    public void Create_GemeenteWijkOrBuurt_Succeeds(string code)
    {
        Assert.True(Story.Create(Programme, Details(area: AreaCode.From(code)), Today).IsSuccess);
    }

    [Theory]
    [InlineData("PV26")]
    [InlineData("NL00")]
    public void Create_ProvinceOrCountry_ReturnsAreaLevel(string code)
    {
        var result = Story.Create(Programme, Details(area: AreaCode.From(code)), Today);

        Assert.Equal("story.area.level", result.Error?.Code);
        Assert.Equal($"'{code}' is geen gemeente, wijk of buurt; een verhaal gaat over een gemeente (GM), wijk (WK) of buurt (BU).", result.Error?.Message);
    }

    [Fact]
    public void Create_NoAreaChosen_ReturnsAreaLevel()
    {
        var result = Story.Create(Programme, Details() with { Area = default }, Today);

        Assert.Equal("story.area.level", result.Error?.Code);
    }

    [Fact]
    public void Create_DateToday_Succeeds()
    {
        Assert.True(Story.Create(Programme, Details(date: Today), Today).IsSuccess);
    }

    [Fact]
    public void Create_DateInFuture_ReturnsDateInFuture()
    {
        var result = Story.Create(Programme, Details(date: Today.AddDays(1)), Today);

        Assert.Equal("story.date.in_future", result.Error?.Code);
        Assert.Equal("De datum 16-06-2025 ligt in de toekomst (vandaag is 15-06-2025).", result.Error?.Message);
    }

    [Fact]
    public void Create_UndefinedMethod_ReturnsMethodInvalid()
    {
        var result = Story.Create(Programme, Details((StoryMethod)42), Today);

        Assert.Equal("story.method.invalid", result.Error?.Code);
        Assert.Equal("Kies de methode: interview, focusgroep, observatie, evaluatie of enquête.", result.Error?.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Create_PillarOutsideProgramme_ReturnsPillarUnknown(int pillar)
    {
        var result = Story.Create(Programme, Details(pillar: pillar), Today);

        Assert.Equal("story.pillar.unknown", result.Error?.Code);
        Assert.Equal($"Pijler {pillar} bestaat niet in Vitale Wijken.", result.Error?.Message);
    }

    [Fact]
    public void Create_NonPositiveProjectId_ReturnsProjectInvalid()
    {
        var result = Story.Create(Programme, Details(projectId: 0), Today);

        Assert.Equal("story.project.invalid", result.Error?.Code);
        Assert.Equal("Project 0 bestaat niet.", result.Error?.Message);
    }

    [Fact]
    public void Create_BlankSummary_ReturnsSummaryRequired()
    {
        var result = Story.Create(Programme, Details(summary: " "), Today);

        Assert.Equal("story.summary.required", result.Error?.Code);
        Assert.Equal("Vul de samenvatting in.", result.Error?.Message);
    }

    [Fact]
    public void Create_SummaryTooLong_ReturnsSummaryTooLong()
    {
        var result = Story.Create(Programme, Details(summary: new string('s', Story.SummaryMaxLength + 1)), Today);

        Assert.Equal("story.summary.too_long", result.Error?.Code);
    }

    [Fact]
    public void Create_BodyTooLong_ReturnsBodyTooLong()
    {
        var result = Story.Create(Programme, Details(body: new string('b', Story.BodyMaxLength + 1)), Today);

        Assert.Equal("story.body.too_long", result.Error?.Code);
    }

    [Fact]
    public void Create_BodyWithScript_StoresItRaw()
    {
        const string markdown = "<img src=x onerror=alert(1)>";

        Assert.Equal(markdown, Story.Create(Programme, Details(body: markdown), Today).Value.Body);
    }

    [Fact]
    public void Update_ValidDetails_ReplacesFields()
    {
        var story = NewStory();

        var result = story.Update(Programme, Details(StoryMethod.Evaluation, area: AreaCode.From("WK035603"), pillar: 4, summary: "Nieuw"), Today);

        Assert.True(result.IsSuccess);
        Assert.Equal(StoryMethod.Evaluation, story.Method);
        Assert.Equal(AreaCode.From("WK035603"), story.Area);
        Assert.Equal(4, story.PillarNumber);
        Assert.Equal("Nieuw", story.Summary);
    }

    [Fact]
    public void Update_RefusedDetails_ChangesNothing()
    {
        var story = NewStory();

        var result = story.Update(Programme, Details(pillar: 9, summary: "Nieuw"), Today);

        Assert.Equal("story.pillar.unknown", result.Error?.Code);
        Assert.Equal(1, story.PillarNumber);
        Assert.Equal("Bewoners vinden de Werkwinkel makkelijk te bereiken.", story.Summary);
    }

    [Fact]
    public void Publish_WithoutConsent_ReturnsNoConsent()
    {
        var story = NewStory();

        var result = story.Publish();

        Assert.Equal("story.publish.no_consent", result.Error?.Code);
        Assert.Equal("Dit verhaal kan niet worden gepubliceerd: er is geen toestemming vastgelegd.", result.Error?.Message);
        Assert.False(story.IsPublished);
    }

    [Fact]
    public void Publish_WithConsent_Publishes()
    {
        var story = NewStory();
        story.RecordConsent(new DateOnly(2025, 4, 2), Today);

        Assert.True(story.Publish().IsSuccess);
        Assert.True(story.IsPublished);

        story.Unpublish();
        Assert.False(story.IsPublished);
    }

    [Fact]
    public void RecordConsent_PastDate_RecordsIt()
    {
        var story = NewStory();

        var result = story.RecordConsent(new DateOnly(2025, 4, 20), Today);

        Assert.True(result.IsSuccess);
        Assert.True(story.IsConsentRecorded);
        Assert.Equal(new DateOnly(2025, 4, 20), story.ConsentRecordedOn);
    }

    [Fact]
    public void RecordConsent_InFuture_ReturnsConsentInFuture()
    {
        var story = NewStory();

        var result = story.RecordConsent(Today.AddDays(1), Today);

        Assert.Equal("story.consent.in_future", result.Error?.Code);
        Assert.Equal("De toestemmingsdatum 16-06-2025 ligt in de toekomst (vandaag is 15-06-2025).", result.Error?.Message);
        Assert.False(story.IsConsentRecorded);
    }

    [Fact]
    public void WithdrawConsent_Published_ClearsConsentAndUnpublishes()
    {
        var story = NewStory();
        story.RecordConsent(Today, Today);
        story.Publish();

        story.WithdrawConsent();

        Assert.False(story.IsConsentRecorded);
        Assert.False(story.IsPublished);
    }

    [Fact]
    public void AddQuote_UnnamedAndNamed_KeepsThemInOrder()
    {
        var story = NewStory();

        story.AddQuote(" Hier weet iedereen de weg. ", " bewoner, 67 jaar ", isNamed: false);
        story.AddQuote("Samen staan we sterker.", "Fatima, vrijwilliger Werkwinkel", isNamed: true);
        story.AddQuote("Zonder bron.", null, isNamed: false);

        Assert.Equal(["Hier weet iedereen de weg.", "Samen staan we sterker.", "Zonder bron."], story.Quotes.Select(q => q.Text));
        Assert.Equal(["bewoner, 67 jaar", "Fatima, vrijwilliger Werkwinkel", null], story.Quotes.Select(q => q.Attribution));
        Assert.Equal([false, true, false], story.Quotes.Select(q => q.IsNamed));
    }

    [Fact]
    public void AddQuote_BlankText_ReturnsQuoteTextRequired()
    {
        var story = NewStory();

        var result = story.AddQuote(" ", "bewoner", isNamed: false);

        Assert.Equal("story.quote.text.required", result.Error?.Code);
        Assert.Equal("Vul de tekst van het citaat in.", result.Error?.Message);
        Assert.Empty(story.Quotes);
    }

    [Fact]
    public void AddQuote_TextOrAttributionTooLong_ReturnsTooLong()
    {
        var story = NewStory();

        Assert.Equal("story.quote.text.too_long", story.AddQuote(new string('q', Quote.TextMaxLength + 1), null, false).Error?.Code);
        Assert.Equal("story.quote.attribution.too_long", story.AddQuote("Citaat", new string('a', Quote.AttributionMaxLength + 1), false).Error?.Code);
    }

    [Fact]
    public void AddQuote_NamedWithoutAttribution_ReturnsAttributionRequired()
    {
        var result = NewStory().AddQuote("Citaat", " ", isNamed: true);

        Assert.Equal("story.quote.attribution.required", result.Error?.Code);
        Assert.Equal("Vul de naam in bij een citaat met naam, of kies voor een citaat zonder naam.", result.Error?.Message);
    }

    [Fact]
    public void AddQuote_NamedInAnonymisedStory_ReturnsNamedInAnonymised()
    {
        var story = NewStory();
        story.Anonymise();

        var result = story.AddQuote("Citaat", "Fatima", isNamed: true);

        Assert.Equal("story.quote.named_in_anonymised", result.Error?.Code);
        Assert.Equal(
            "Dit verhaal is geanonimiseerd: een citaat mag geen naam dragen. Beschrijf de spreker zonder naam, bijvoorbeeld 'bewoner, 67 jaar'.",
            result.Error?.Message);
        Assert.Empty(story.Quotes);
    }

    [Fact]
    public void AddQuote_DescribedSpeakerInAnonymisedStory_Succeeds()
    {
        var story = NewStory();
        story.Anonymise();

        Assert.True(story.AddQuote("Citaat", "bewoner, 67 jaar", isNamed: false).IsSuccess);
    }

    [Fact]
    public void Anonymise_NoNamedQuotes_SetsAnonymised()
    {
        var story = NewStory();
        story.AddQuote("Citaat", "bewoner", isNamed: false);

        Assert.True(story.Anonymise().IsSuccess);
        Assert.True(story.IsAnonymised);

        story.RevokeAnonymisation();
        Assert.False(story.IsAnonymised);
    }

    [Theory]
    [InlineData(1, "Het verhaal bevat 1 citaat met een naam. Haal de namen eerst weg.")]
    [InlineData(2, "Het verhaal bevat 2 citaten met een naam. Haal de namen eerst weg.")]
    public void Anonymise_NamedQuotes_ReturnsNamedQuotes(int named, string message)
    {
        var story = NewStory();
        for (var i = 0; i < named; i++)
        {
            story.AddQuote("Citaat", "Fatima", isNamed: true);
        }

        var result = story.Anonymise();

        Assert.Equal("story.anonymise.named_quotes", result.Error?.Code);
        Assert.Equal(message, result.Error?.Message);
        Assert.False(story.IsAnonymised);
    }

    [Fact]
    public void Anonymise_AfterRemovingNamedQuote_Succeeds()
    {
        var story = NewStory();
        var quote = story.AddQuote("Citaat", "Fatima", isNamed: true).Value;

        Assert.True(story.RemoveQuote(quote));
        Assert.True(story.Anonymise().IsSuccess);
    }
}
