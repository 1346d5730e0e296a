using System.Globalization;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Stories;

/// <summary>
/// A story behind the numbers (verhaal achter de cijfers): what residents and professionals say, gathered
/// by interview, focus group, observation, evaluation or survey, placed beside a pillar's indicators.
/// </summary>
/// <remarks>
/// Two rules protect the people in it. A story is published only with consent on record, and withdrawing
/// consent unpublishes it at once. An anonymised story carries no named quotes: a quote may still say
/// who spoke in general terms ("bewoner, 67 jaar"), but not by name.
/// </remarks>
public sealed class Story
{
    public const int SummaryMaxLength = 1_000;
    public const int BodyMaxLength = 50_000;

    private readonly List<Quote> _quotes = [];

    private Story()
    {
        Summary = string.Empty;
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    public StoryMethod Method { get; private set; }

    public DateOnly Date { get; private set; }

    public AreaCode Area { get; private set; }

    public int PillarNumber { get; private set; }

    public int? ProjectId { get; private set; }

    public string Summary { get; private set; }

    /// <summary>
    /// Markdown exactly as typed. Not sanitised here: the renderer must sanitise the HTML it produces,
    /// since only it knows the output context.
    /// </summary>
    public string? Body { get; private set; }

    /// <summary>The date consent was given; null while no consent is on record.</summary>
    public DateOnly? ConsentRecordedOn { get; private set; }

    public bool IsConsentRecorded => ConsentRecordedOn.HasValue;

    public bool IsAnonymised { get; private set; }

    public bool IsPublished { get; private set; }

    /// <summary>The quotes in the order they were added (sorted on reading; a database keeps no order).</summary>
    public IReadOnlyList<Quote> Quotes => [.. _quotes.OrderBy(q => q.Order)];

    /// <summary>Creates an unpublished story without consent on record.</summary>
    public static Result<Story> Create(Programme programme, StoryDetails details, DateOnly today) => Create(ProgrammeScope.Of(programme), details, today);

    /// <summary>Creates an unpublished story, without consent on record, of the programme <paramref name="programme"/> describes.</summary>
    public static Result<Story> Create(ProgrammeScope programme, StoryDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var story = new Story { ProgrammeId = programme.Id };
        var applied = story.Apply(programme, details, today);
        return applied.IsSuccess ? story : applied.Error!;
    }

    /// <summary>Replaces the editable fields; nothing changes when any of them is refused.</summary>
    public Result<Story> Update(Programme programme, StoryDetails details, DateOnly today) => Update(ProgrammeScope.Of(programme), details, today);

    /// <summary>Replaces the editable fields; nothing changes when any of them is refused.</summary>
    public Result<Story> Update(ProgrammeScope programme, StoryDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.Id != ProgrammeId)
        {
            throw new ArgumentException("The story belongs to another programme.", nameof(programme));
        }

        return Apply(programme, details, today);
    }

    /// <summary>Records that the people in the story agreed to its use, and on which date.</summary>
    public Result<Story> RecordConsent(DateOnly consentedOn, DateOnly today)
    {
        if (consentedOn > today)
        {
            return Result<Story>.Failure(
                "story.consent.in_future",
                string.Create(CultureInfo.InvariantCulture, $"De toestemmingsdatum {consentedOn:dd-MM-yyyy} ligt in de toekomst (vandaag is {today:dd-MM-yyyy})."),
                "consentRecordedOn",
                consentedOn,
                today);
        }

        ConsentRecordedOn = consentedOn;
        return this;
    }

    /// <summary>Removes the consent; a published story goes offline with it, since it may no longer be shown.</summary>
    public void WithdrawConsent()
    {
        ConsentRecordedOn = null;
        IsPublished = false;
    }

    public Result<Story> Publish()
    {
        if (!IsConsentRecorded)
        {
            return Result<Story>.Failure(
                "story.publish.no_consent",
                "Dit verhaal kan niet worden gepubliceerd: er is geen toestemming vastgelegd.",
                "published");
        }

        IsPublished = true;
        return this;
    }

    public void Unpublish() => IsPublished = false;

    /// <summary>Marks the story anonymised; refused while a quote still names its speaker.</summary>
    public Result<Story> Anonymise()
    {
        var named = _quotes.Count(q => q.IsNamed);
        if (named > 0)
        {
            return Result<Story>.Failure(
                "story.anonymise.named_quotes",
                string.Create(CultureInfo.InvariantCulture, $"Het verhaal bevat {named} {(named == 1 ? "citaat" : "citaten")} met een naam. Haal de namen eerst weg."),
                "anonymised",
                named);
        }

        IsAnonymised = true;
        return this;
    }

    public void RevokeAnonymisation() => IsAnonymised = false;

    /// <summary>
    /// Adds a quote. <paramref name="isNamed"/> says the attribution names a person; an anonymised story
    /// refuses that.
    /// </summary>
    public Result<Quote> AddQuote(string? text, string? attribution, bool isNamed)
    {
        var created = Quote.Create(text, attribution, isNamed, _quotes.Count == 0 ? 1 : _quotes.Max(q => q.Order) + 1);
        if (!created.IsSuccess)
        {
            return created;
        }

        if (created.Value.IsNamed && IsAnonymised)
        {
            return Result<Quote>.Failure(
                "story.quote.named_in_anonymised",
                "Dit verhaal is geanonimiseerd: een citaat mag geen naam dragen. Beschrijf de spreker zonder naam, bijvoorbeeld 'bewoner, 67 jaar'.",
                "attribution");
        }

        _quotes.Add(created.Value);
        return created;
    }

    public bool RemoveQuote(Quote quote) => _quotes.Remove(quote);

    private Result<Story> Apply(ProgrammeScope programme, StoryDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!Enum.IsDefined(details.Method))
        {
            return Result<Story>.Failure(
                "story.method.invalid",
                "Kies de methode: interview, focusgroep, observatie, evaluatie of enquête.",
                "method");
        }

        if (details.Date > today)
        {
            return Result<Story>.Failure(
                "story.date.in_future",
                string.Create(CultureInfo.InvariantCulture, $"De datum {details.Date:dd-MM-yyyy} ligt in de toekomst (vandaag is {today:dd-MM-yyyy})."),
                "date",
                details.Date,
                today);
        }

        // default(AreaCode) has no value: it is what a form binds when no area was chosen.
        if (details.Area.Value is null
            || details.Area.Level is not (AreaLevel.Municipality or AreaLevel.District or AreaLevel.Neighbourhood))
        {
            return Result<Story>.Failure(
                "story.area.level",
                $"'{details.Area.Value}' is geen gemeente, wijk of buurt; een verhaal gaat over een gemeente (GM), wijk (WK) of buurt (BU).",
                "area",
                details.Area.Value);
        }

        if (!programme.PillarNumbers.Contains(details.PillarNumber))
        {
            return Result<Story>.Failure(
                "story.pillar.unknown",
                string.Create(CultureInfo.InvariantCulture, $"Pijler {details.PillarNumber} bestaat niet in {programme.Name}."),
                "pillar",
                details.PillarNumber,
                programme.Name);
        }

        if (details.ProjectId is <= 0)
        {
            return Result<Story>.Failure(
                "story.project.invalid",
                string.Create(CultureInfo.InvariantCulture, $"Project {details.ProjectId} bestaat niet."),
                "projectId",
                details.ProjectId);
        }

        var summary = TextRules.Required(details.Summary, SummaryMaxLength, "story.summary", "de samenvatting", "summary");
        if (!summary.IsSuccess)
        {
            return summary.Error!;
        }

        var body = TextRules.OptionalRaw(details.Body, BodyMaxLength, "story.body", "het verhaal", "body");
        if (!body.IsSuccess)
        {
            return body.Error!;
        }

        Method = details.Method;
        Date = details.Date;
        Area = details.Area;
        PillarNumber = details.PillarNumber;
        ProjectId = details.ProjectId;
        Summary = summary.Value;
        Body = body.Value;
        return this;
    }
}

/// <summary>A quote in a story, with who said it when that may be told.</summary>
public sealed class Quote
{
    public const int TextMaxLength = 2_000;
    public const int AttributionMaxLength = 200;

    private Quote()
    {
        Text = string.Empty;
    }

    public int Id { get; private set; }

    public string Text { get; private set; }

    /// <summary>Who said it: a name ("Fatima, vrijwilliger Werkwinkel") or a description ("bewoner, 67 jaar").</summary>
    public string? Attribution { get; private set; }

    /// <summary>The attribution names a person, which an anonymised story does not allow.</summary>
    public bool IsNamed { get; private set; }

    public int Order { get; private set; }

    internal static Result<Quote> Create(string? text, string? attribution, bool isNamed, int order)
    {
        var checkedText = TextRules.Required(text, TextMaxLength, "story.quote.text", "de tekst van het citaat", "text");
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error!;
        }

        var checkedAttribution = TextRules.Optional(attribution, AttributionMaxLength, "story.quote.attribution", "wie het zei", "attribution");
        if (!checkedAttribution.IsSuccess)
        {
            return checkedAttribution.Error!;
        }

        if (isNamed && checkedAttribution.Value is null)
        {
            return Result<Quote>.Failure(
                "story.quote.attribution.required",
                "Vul de naam in bij een citaat met naam, of kies voor een citaat zonder naam.",
                "attribution");
        }

        return new Quote { Text = checkedText.Value, Attribution = checkedAttribution.Value, IsNamed = isNamed, Order = order };
    }
}
