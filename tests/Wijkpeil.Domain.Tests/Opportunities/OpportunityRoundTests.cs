using Wijkpeil.Domain.Opportunities;
using static Wijkpeil.Domain.Tests.Opportunities.OpportunityTests;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class OpportunityRoundTests
{
    private const int Sport = 3;
    private const int Energy = 4;
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateOnly Sent = new(2026, 3, 2);

    private static OpportunityRound Round(params int[] programmes)
    {
        var round = OpportunityRound.Create(2026, [2024, 2025]).Value;
        foreach (var programme in programmes)
        {
            round.Choose(programme);
        }

        return round;
    }

    /// <summary>An opportunity as loaded from the database: the id is the one the database gave it.</summary>
    private static Opportunity SavedOpportunity(int id, params int[] relatedProgrammes)
    {
        var opportunity = Opportunity.Create(VitaleWijken, Details() with { RelatedProgrammeIds = relatedProgrammes }, OpportunityStatus.Gesignaleerd, Now, "c").Value;
        typeof(Opportunity).GetProperty(nameof(Opportunity.Id))!.SetValue(opportunity, id);
        return opportunity;
    }

    [Fact]
    public void Create_YearThatHasARound_Refused()
    {
        var error = OpportunityRound.Create(2025, [2024, 2025]).Error;

        Assert.Equal("round.year.duplicate", error?.Code);
        Assert.Equal("year", error?.Field);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Create_YearOutOfRange_Refused(int year) =>
        Assert.Equal("round.year.out_of_range", OpportunityRound.Create(year, []).Error?.Code);

    [Fact]
    public void Choose_SameProgrammeTwice_Refused()
    {
        var round = Round(Sport);

        Assert.Equal("round.programme.duplicate", round.Choose(Sport).Error?.Code);
        Assert.Single(round.Programmes);
    }

    [Fact]
    public void RecordResponse_BeforeSending_Refused()
    {
        var round = Round(Sport);

        var error = round.RecordResponse(Sport, "Wij zien kansen in Overvecht.", Today, Today).Error;

        Assert.Equal("round.response.not_sent", error?.Code);
        Assert.Null(round.Programmes[0].Response);
    }

    [Fact]
    public void RecordResponse_DatedBeforeTheSending_Refused()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);

        Assert.Equal("round.response.before_sent", round.RecordResponse(Sport, "Ja.", Sent.AddDays(-1), Today).Error?.Code);
    }

    [Fact]
    public void RecordResponse_SameDayAsSent_Recorded()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);

        var answered = round.RecordResponse(Sport, "  Geen raakvlak dit jaar. ", Sent, Today).Value;

        Assert.Equal("Geen raakvlak dit jaar.", answered.Response);
        Assert.Equal(Sent, answered.RespondedOn);
    }

    [Fact]
    public void RecordResponse_Blank_RefusedAtTheResponse()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);

        Assert.Equal("round.response.required", round.RecordResponse(Sport, " ", Today, Today).Error?.Code);
    }

    [Fact]
    public void MarkSent_InTheFuture_Refused() =>
        Assert.Equal("round.date.in_future", Round(Sport).MarkSent(Sport, Today.AddDays(1), Today).Error?.Code);

    [Fact]
    public void MarkSent_ProgrammeNotInTheRound_Refused() =>
        Assert.Equal("round.programme.not_chosen", Round(Sport).MarkSent(Energy, Sent, Today).Error?.Code);

    [Fact]
    public void MarkSent_AgainAfterTheResponseDate_Refused()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);
        round.RecordResponse(Sport, "Ja.", Sent.AddDays(10), Today);

        Assert.Equal("round.sent.after_response", round.MarkSent(Sport, Sent.AddDays(11), Today).Error?.Code);
        Assert.True(round.MarkSent(Sport, Sent.AddDays(10), Today).IsSuccess);
    }

    [Fact]
    public void Remove_BeforeSending_AllowedAfterSending_Refused()
    {
        var round = Round(Sport, Energy);
        round.MarkSent(Sport, Sent, Today);

        Assert.Equal("round.programme.already_sent", round.Remove(Sport).Error?.Code);
        Assert.True(round.Remove(Energy).IsSuccess);
        Assert.Equal([Sport], round.Programmes.Select(p => p.RelatedProgrammeId));
    }

    [Fact]
    public void LinkOpportunity_BeforeTheResponse_Refused()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);

        Assert.Equal("round.opportunity.not_answered", round.LinkOpportunity(Sport, SavedOpportunity(1, Sport)).Error?.Code);
    }

    [Fact]
    public void LinkOpportunity_OfAnotherRelatedProgramme_Refused()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);
        round.RecordResponse(Sport, "Ja.", Today, Today);

        Assert.Equal("round.opportunity.other_programme", round.LinkOpportunity(Sport, SavedOpportunity(1, Energy)).Error?.Code);
    }

    [Fact]
    public void LinkOpportunity_Twice_Refused()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);
        round.RecordResponse(Sport, "Ja.", Today, Today);
        round.LinkOpportunity(Sport, SavedOpportunity(1, Sport));

        Assert.Equal("round.opportunity.duplicate", round.LinkOpportunity(Sport, SavedOpportunity(1, Sport)).Error?.Code);
    }

    [Fact]
    public void UnlinkOpportunity_NotLinked_RefusedLinked_Removed()
    {
        var round = Round(Sport);
        round.MarkSent(Sport, Sent, Today);
        round.RecordResponse(Sport, "Ja.", Today, Today);
        round.LinkOpportunity(Sport, SavedOpportunity(1, Sport));

        Assert.Equal("round.opportunity.not_linked", round.UnlinkOpportunity(Sport, 2).Error?.Code);
        Assert.Empty(round.UnlinkOpportunity(Sport, 1).Value.OpportunityIds);
    }

    [Fact]
    public void Progress_CountsChosenSentAnsweredAndOpportunities()
    {
        var round = Round(Sport, Energy, 5, 6);
        round.MarkSent(Sport, Sent, Today);
        round.MarkSent(Energy, Sent, Today);
        round.MarkSent(5, Sent, Today);
        round.RecordResponse(Sport, "Twee kansen.", Today, Today);
        round.RecordResponse(Energy, "Geen raakvlak.", Today, Today);
        var shared = SavedOpportunity(8, Sport, Energy);
        round.LinkOpportunity(Sport, SavedOpportunity(7, Sport));
        round.LinkOpportunity(Sport, shared);
        round.LinkOpportunity(Energy, shared);

        var progress = round.Progress;

        Assert.Equal(new RoundProgress(Chosen: 4, Sent: 3, Answered: 2, WithOpportunities: 2, Opportunities: 2), progress);
        Assert.Equal(1, progress.AwaitingResponse);
        Assert.Equal([7, 8], round.Programmes.Single(p => p.RelatedProgrammeId == Sport).OpportunityIds);
    }
}
