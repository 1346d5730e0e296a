using Wijkpeil.Domain.Opportunities;
using static Wijkpeil.Domain.Tests.Opportunities.OpportunityTests;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class OpportunityStatusTests
{
    private static readonly DateTimeOffset Later = Now.AddDays(3);

    private static Opportunity At(params OpportunityStatus[] path)
    {
        var opportunity = Signalled();
        foreach (var status in path)
        {
            Assert.True(opportunity.ChangeStatus(status, Later, "coordinator", "toelichting").IsSuccess);
        }

        return opportunity;
    }

    [Theory]
    [InlineData(OpportunityStatus.Verkend)]
    [InlineData(OpportunityStatus.Afgesproken)]
    public void ChangeStatus_ForwardFromGesignaleerd_Allowed(OpportunityStatus to) =>
        Assert.True(Signalled().ChangeStatus(to, Later, "c", null).IsSuccess);

    [Fact]
    public void ChangeStatus_GerealiseerdBeforeAfgesproken_Refused()
    {
        var opportunity = At(OpportunityStatus.Verkend);

        var error = opportunity.ChangeStatus(OpportunityStatus.Gerealiseerd, Later, "c", null).Error;

        Assert.Equal("opportunity.status.transition", error?.Code);
        Assert.Equal<object?>(["verkend", "gerealiseerd"], error?.Arguments ?? []);
        Assert.Equal(OpportunityStatus.Verkend, opportunity.Status);
    }

    [Fact]
    public void ChangeStatus_GerealiseerdAfterAfgesproken_Allowed() =>
        Assert.Equal(OpportunityStatus.Gerealiseerd, At(OpportunityStatus.Verkend, OpportunityStatus.Afgesproken, OpportunityStatus.Gerealiseerd).Status);

    [Fact]
    public void ChangeStatus_Backwards_Refused() =>
        Assert.Equal("opportunity.status.transition", At(OpportunityStatus.Afgesproken).ChangeStatus(OpportunityStatus.Verkend, Later, "c", null).Error?.Code);

    [Fact]
    public void ChangeStatus_FromGerealiseerd_NothingAllowed()
    {
        var opportunity = At(OpportunityStatus.Afgesproken, OpportunityStatus.Gerealiseerd);

        Assert.Empty(opportunity.NextStatuses);
        Assert.Equal("opportunity.status.transition", opportunity.ChangeStatus(OpportunityStatus.Vervallen, Later, "c", "toch niet").Error?.Code);
    }

    [Fact]
    public void ChangeStatus_SameStatus_Refused() =>
        Assert.Equal("opportunity.status.unchanged", Signalled().ChangeStatus(OpportunityStatus.Gesignaleerd, Later, "c", null).Error?.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void ChangeStatus_VervallenWithoutNote_RefusedAtTheNote(string? note)
    {
        var opportunity = Signalled();

        var error = opportunity.ChangeStatus(OpportunityStatus.Vervallen, Later, "c", note).Error;

        Assert.Equal("opportunity.status.note_required", error?.Code);
        Assert.Equal("note", error?.Field);
        Assert.Equal(OpportunityStatus.Gesignaleerd, opportunity.Status);
    }

    [Fact]
    public void ChangeStatus_VervallenFromEveryOpenStatus_AllowedWithNote()
    {
        foreach (var path in new[] { Array.Empty<OpportunityStatus>(), [OpportunityStatus.Verkend], [OpportunityStatus.Afgesproken] })
        {
            Assert.True(At(path).ChangeStatus(OpportunityStatus.Vervallen, Later, "c", "Budget gaat naar een ander programma.").IsSuccess);
        }
    }

    [Fact]
    public void ChangeStatus_ReopenVervallen_OnlyToGesignaleerdAndWithNote()
    {
        var opportunity = At(OpportunityStatus.Vervallen);

        Assert.Equal([OpportunityStatus.Gesignaleerd], opportunity.NextStatuses);
        Assert.Equal("opportunity.status.note_required", opportunity.ChangeStatus(OpportunityStatus.Gesignaleerd, Later, "c", null).Error?.Code);
        Assert.True(opportunity.ChangeStatus(OpportunityStatus.Gesignaleerd, Later, "c", "Nieuwe ronde, nieuw budget.").IsSuccess);
    }

    [Fact]
    public void ChangeStatus_DatedBeforeTheLastChange_Refused()
    {
        var opportunity = At(OpportunityStatus.Verkend);

        Assert.Equal("opportunity.status.before_last", opportunity.ChangeStatus(OpportunityStatus.Afgesproken, Later.AddMinutes(-1), "c", null).Error?.Code);
    }

    [Fact]
    public void ChangeStatus_Allowed_WritesFromToAtByAndNoteInOrder()
    {
        var opportunity = Signalled();

        opportunity.ChangeStatus(OpportunityStatus.Verkend, Later, " Anna ", " Gesprek met het programma gehad. ");
        opportunity.ChangeStatus(OpportunityStatus.Afgesproken, Later.AddDays(1), "Bram", null);

        Assert.Equal(
            [(null, OpportunityStatus.Gesignaleerd), (OpportunityStatus.Gesignaleerd, OpportunityStatus.Verkend), (OpportunityStatus.Verkend, OpportunityStatus.Afgesproken)],
            opportunity.History.Select(c => (c.From, c.To)));
        var explored = opportunity.History[1];
        Assert.Equal(Later, explored.At);
        Assert.Equal("Anna", explored.By);
        Assert.Equal("Gesprek met het programma gehad.", explored.Note);
    }
}
