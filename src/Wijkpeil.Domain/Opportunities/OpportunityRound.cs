using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// The yearly round in which "de uitvoeringsagenda jaarlijks intern breed [wordt] uitgezet bij aanverwante
/// provinciale programma's en lijnonderdelen": the programmes chosen, when each was sent its agenda items, its
/// response and the meekoppelkansen it led to. One round per year; a programme once per round.
/// </summary>
/// <remarks>Dates are calendar days; "today" is passed in (Europe/Amsterdam), so a date in the future is refused as a typo.</remarks>
public sealed class OpportunityRound
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private readonly List<RoundProgramme> _programmes = [];

    private OpportunityRound()
    {
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    /// <summary>The chosen programmes by related programme id (a database returns rows in no set order).</summary>
    public IReadOnlyList<RoundProgramme> Programmes => [.. _programmes.OrderBy(p => p.RelatedProgrammeId)];

    public RoundProgress Progress => new(
        _programmes.Count,
        _programmes.Count(p => p.IsSent),
        _programmes.Count(p => p.IsAnswered),
        _programmes.Count(p => p.OpportunityIds.Count > 0),
        _programmes.SelectMany(p => p.OpportunityIds).Distinct().Count());

    /// <summary>The round of <paramref name="year"/>, unless <paramref name="existingYears"/> already has one.</summary>
    public static Result<OpportunityRound> Create(int year, IReadOnlyCollection<int> existingYears)
    {
        ArgumentNullException.ThrowIfNull(existingYears);
        if (year is < MinYear or > MaxYear)
        {
            return Result<OpportunityRound>.Failure(
                "round.year.out_of_range",
                string.Create(CultureInfo.InvariantCulture, $"Het jaar ligt tussen {MinYear} en {MaxYear}."),
                "year",
                MinYear,
                MaxYear);
        }

        return existingYears.Contains(year)
            ? Result<OpportunityRound>.Failure("round.year.duplicate", string.Create(CultureInfo.InvariantCulture, $"Er is al een ronde voor {year}."), "year", year)
            : new OpportunityRound { Year = year };
    }

    /// <summary>Adds a related programme to the round.</summary>
    public Result<RoundProgramme> Choose(int relatedProgrammeId)
    {
        if (Find(relatedProgrammeId) is not null)
        {
            return Result<RoundProgramme>.Failure("round.programme.duplicate", "Dit programma zit al in de ronde.", "relatedProgrammeId", relatedProgrammeId);
        }

        var chosen = new RoundProgramme(relatedProgrammeId);
        _programmes.Add(chosen);
        return chosen;
    }

    /// <summary>Takes a programme out again, only while nothing was sent to it: what was sent stays on record.</summary>
    public Result<OpportunityRound> Remove(int relatedProgrammeId)
    {
        if (Find(relatedProgrammeId) is not { } chosen)
        {
            return NotInRound<OpportunityRound>(relatedProgrammeId);
        }

        if (chosen.IsSent)
        {
            return Result<OpportunityRound>.Failure("round.programme.already_sent", "Aan dit programma is de agenda al verstuurd; het blijft in de ronde.", "relatedProgrammeId", relatedProgrammeId);
        }

        _programmes.Remove(chosen);
        return this;
    }

    /// <summary>Records the day the agenda items were sent (again: a resend moves the date, never past a recorded response).</summary>
    public Result<RoundProgramme> MarkSent(int relatedProgrammeId, DateOnly sentOn, DateOnly today)
    {
        if (Find(relatedProgrammeId) is not { } chosen)
        {
            return NotInRound<RoundProgramme>(relatedProgrammeId);
        }

        if (InFuture(sentOn, today, "sentOn") is { } future)
        {
            return future;
        }

        if (chosen.RespondedOn is { } responded && sentOn > responded)
        {
            return Result<RoundProgramme>.Failure(
                "round.sent.after_response",
                string.Create(CultureInfo.InvariantCulture, $"Het programma antwoordde al op {responded:dd-MM-yyyy}; de verzenddatum kan niet later liggen."),
                "sentOn",
                responded);
        }

        chosen.MarkSent(sentOn);
        return chosen;
    }

    /// <summary>Records (or corrects) the programme's response; only after the agenda was sent to it, and not dated before that.</summary>
    public Result<RoundProgramme> RecordResponse(int relatedProgrammeId, string? response, DateOnly respondedOn, DateOnly today)
    {
        if (Find(relatedProgrammeId) is not { } chosen)
        {
            return NotInRound<RoundProgramme>(relatedProgrammeId);
        }

        if (chosen.SentOn is not { } sent)
        {
            return Result<RoundProgramme>.Failure("round.response.not_sent", "Leg eerst vast wanneer de agenda aan dit programma is verstuurd.", "respondedOn");
        }

        if (respondedOn < sent)
        {
            return Result<RoundProgramme>.Failure(
                "round.response.before_sent",
                string.Create(CultureInfo.InvariantCulture, $"Het antwoord kan niet vóór de verzending op {sent:dd-MM-yyyy} liggen."),
                "respondedOn",
                sent);
        }

        var text = TextRules.Required(response, RoundProgramme.ResponseMaxLength, "round.response", "het antwoord", "response");
        var problem = text.Error ?? InFuture(respondedOn, today, "respondedOn");
        if (problem is not null)
        {
            return problem;
        }

        chosen.Answer(text.Value, respondedOn);
        return chosen;
    }

    /// <summary>Records that the programme's response led to <paramref name="opportunity"/>, which must name that programme.</summary>
    public Result<RoundProgramme> LinkOpportunity(int relatedProgrammeId, Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(opportunity.Id);
        if (Find(relatedProgrammeId) is not { } chosen)
        {
            return NotInRound<RoundProgramme>(relatedProgrammeId);
        }

        if (!chosen.IsAnswered)
        {
            return Result<RoundProgramme>.Failure("round.opportunity.not_answered", "Leg eerst het antwoord van dit programma vast; de meekoppelkans komt daaruit voort.", "opportunityId");
        }

        if (!opportunity.RelatedProgrammeIds.Contains(relatedProgrammeId))
        {
            return Result<RoundProgramme>.Failure("round.opportunity.other_programme", "Deze meekoppelkans noemt dit programma niet als aanverwant programma.", "opportunityId", opportunity.Id);
        }

        if (chosen.OpportunityIds.Contains(opportunity.Id))
        {
            return Result<RoundProgramme>.Failure("round.opportunity.duplicate", "Deze meekoppelkans is al aan dit programma gekoppeld.", "opportunityId", opportunity.Id);
        }

        chosen.Link(opportunity.Id);
        return chosen;
    }

    /// <summary>Undoes a link made by mistake; the opportunity itself stays.</summary>
    public Result<RoundProgramme> UnlinkOpportunity(int relatedProgrammeId, int opportunityId)
    {
        if (Find(relatedProgrammeId) is not { } chosen)
        {
            return NotInRound<RoundProgramme>(relatedProgrammeId);
        }

        return chosen.Unlink(opportunityId)
            ? chosen
            : Result<RoundProgramme>.Failure("round.opportunity.not_linked", "Deze meekoppelkans is niet aan dit programma gekoppeld.", "opportunityId", opportunityId);
    }

    private RoundProgramme? Find(int relatedProgrammeId) => _programmes.FirstOrDefault(p => p.RelatedProgrammeId == relatedProgrammeId);

    private static Result<T> NotInRound<T>(int relatedProgrammeId) =>
        Result<T>.Failure("round.programme.not_chosen", "Dit programma zit niet in de ronde.", "relatedProgrammeId", relatedProgrammeId);

    private static DomainError? InFuture(DateOnly date, DateOnly today, string field) =>
        date > today
            ? new DomainError(
                "round.date.in_future",
                string.Create(CultureInfo.InvariantCulture, $"De datum {date:dd-MM-yyyy} ligt in de toekomst (vandaag is {today:dd-MM-yyyy})."),
                field,
                date,
                today)
            : null;
}
