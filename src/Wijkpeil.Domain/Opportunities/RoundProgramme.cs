namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// One related programme in a yearly round: when the agenda items touching its themes were sent, what it answered
/// and when, and the meekoppelkansen that came of it. Changed only through <see cref="OpportunityRound"/>.
/// </summary>
public sealed class RoundProgramme
{
    public const int ResponseMaxLength = 4_000;

    private RoundProgramme()
    {
    }

    internal RoundProgramme(int relatedProgrammeId) => RelatedProgrammeId = relatedProgrammeId;

    public int Id { get; private set; }

    public int RelatedProgrammeId { get; private set; }

    public DateOnly? SentOn { get; private set; }

    /// <summary>The programme's answer as the coordinator recorded it (also "geen raakvlak dit jaar").</summary>
    public string? Response { get; private set; }

    public DateOnly? RespondedOn { get; private set; }

    /// <summary>The meekoppelkansen the response led to, in ascending id order.</summary>
    public List<int> OpportunityIds { get; private set; } = [];

    public bool IsSent => SentOn is not null;

    public bool IsAnswered => RespondedOn is not null;

    internal void MarkSent(DateOnly sentOn) => SentOn = sentOn;

    internal void Answer(string response, DateOnly respondedOn)
    {
        Response = response;
        RespondedOn = respondedOn;
    }

    internal void Link(int opportunityId) => OpportunityIds = [.. OpportunityIds.Append(opportunityId).Order()];

    internal bool Unlink(int opportunityId) => OpportunityIds.Remove(opportunityId);
}

/// <summary>How far a round has got: programmes chosen, sent to, answered and with a meekoppelkans, and the distinct chances found.</summary>
/// <param name="Chosen">Programmes in the round.</param>
/// <param name="Sent">Programmes the agenda was sent to.</param>
/// <param name="Answered">Programmes that answered.</param>
/// <param name="WithOpportunities">Programmes whose answer led to one or more meekoppelkansen.</param>
/// <param name="Opportunities">Distinct meekoppelkansen the round led to.</param>
public sealed record RoundProgress(int Chosen, int Sent, int Answered, int WithOpportunities, int Opportunities)
{
    /// <summary>Sent to but not answered yet: whom to remind.</summary>
    public int AwaitingResponse => Sent - Answered;
}
