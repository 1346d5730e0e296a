using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Opportunities;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class OpportunityTests
{
    internal static readonly ProgrammeScope VitaleWijken = new(7, "Vitale Wijken", ["overvecht", "batau", "vollenhove", "soesterkwartier"], [1, 2, 3, 4, 5]);
    internal static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    internal static OpportunityDetails Details(OpportunityKind kind = OpportunityKind.Expertise, Money? amount = null) => new(
        "Buurtsportcoaches voor het jongerenwerk",
        "Het programma Sport kan **expertise** leveren.",
        kind,
        [3],
        ["overvecht"],
        [12],
        amount);

    internal static Opportunity Signalled(OpportunityKind kind = OpportunityKind.Expertise) =>
        Opportunity.Create(VitaleWijken, Details(kind), OpportunityStatus.Gesignaleerd, Now, "coordinator").Value;

    [Fact]
    public void Create_Valid_GesignaleerdWithTheRegistrationInItsHistory()
    {
        var opportunity = Signalled();

        Assert.Equal(OpportunityStatus.Gesignaleerd, opportunity.Status);
        Assert.Equal(7, opportunity.ProgrammeId);
        var registration = Assert.Single(opportunity.History);
        Assert.Null(registration.From);
        Assert.Equal(OpportunityStatus.Gesignaleerd, registration.To);
        Assert.Equal(Now, registration.At);
        Assert.Equal("coordinator", registration.By);
    }

    [Fact]
    public void Create_BlankTitle_RefusedAtTheTitle()
    {
        var error = Opportunity.Create(VitaleWijken, Details() with { Title = "  " }, OpportunityStatus.Gesignaleerd, Now, "coordinator").Error;

        Assert.Equal("opportunity.title.required", error?.Code);
        Assert.Equal("title", error?.Field);
    }

    [Fact]
    public void Create_NoRelatedProgramme_Refused() =>
        Assert.Equal("opportunity.related_programme.required", Opportunity.Create(VitaleWijken, Details() with { RelatedProgrammeIds = [] }, OpportunityStatus.Gesignaleerd, Now, "c").Error?.Code);

    [Fact]
    public void Create_FocusAreaOfAnotherProgramme_NamesIt()
    {
        var error = Opportunity.Create(VitaleWijken, Details() with { FocusAreaCodes = ["overvecht", "kanaleneiland"] }, OpportunityStatus.Gesignaleerd, Now, "c").Error;

        Assert.Equal("opportunity.focus_area.unknown", error?.Code);
        Assert.Equal("kanaleneiland", error?.Arguments[0]);
    }

    [Fact]
    public void Create_ListsWithRepeats_KeptOnceAndSorted()
    {
        var opportunity = Opportunity.Create(VitaleWijken, Details() with { RelatedProgrammeIds = [4, 3, 4], FocusAreaCodes = ["vollenhove", " batau", "batau"], ProjectIds = [9, 2, 9] }, OpportunityStatus.Gesignaleerd, Now, "c").Value;

        Assert.Equal([3, 4], opportunity.RelatedProgrammeIds);
        Assert.Equal(["batau", "vollenhove"], opportunity.FocusAreaCodes);
        Assert.Equal([2, 9], opportunity.ProjectIds);
    }

    [Fact]
    public void Create_AmountWithFinancialSupport_Kept()
    {
        var amount = Money.CreatePositive(25_000m).Value;

        var opportunity = Opportunity.Create(VitaleWijken, Details(OpportunityKind.FinancialSupport, amount), OpportunityStatus.Gesignaleerd, Now, "c").Value;

        Assert.Equal(amount, opportunity.Amount);
        Assert.Equal(2_500_000L, opportunity.AmountCents);
    }

    [Fact]
    public void Create_FinancialSupportWithoutAmount_AllowedAndLeftUnknown() =>
        Assert.Null(Opportunity.Create(VitaleWijken, Details(OpportunityKind.FinancialSupport), OpportunityStatus.Gesignaleerd, Now, "c").Value.Amount);

    [Theory]
    [InlineData(OpportunityKind.Expertise)]
    [InlineData(OpportunityKind.Connections)]
    [InlineData(OpportunityKind.ExtraResearch)]
    public void Create_AmountWithAnotherKind_RefusedAtTheAmount(OpportunityKind kind)
    {
        var error = Opportunity.Create(VitaleWijken, Details(kind, Money.FromCents(100)), OpportunityStatus.Gesignaleerd, Now, "c").Error;

        Assert.Equal("opportunity.amount.not_financial", error?.Code);
        Assert.Equal("amount", error?.Field);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-100L)]
    public void Create_AmountNotAboveZero_Refused(long cents) =>
        Assert.Equal("opportunity.amount.out_of_range", Opportunity.Create(VitaleWijken, Details(OpportunityKind.FinancialSupport, Money.FromCents(cents)), OpportunityStatus.Gesignaleerd, Now, "c").Error?.Code);

    [Fact]
    public void Create_WindowEndingBeforeItStarts_RefusedAtTheEnd()
    {
        var error = Opportunity.Create(VitaleWijken, Details() with { WindowFrom = new(2027, 3, 1), WindowTo = new(2027, 2, 28) }, OpportunityStatus.Gesignaleerd, Now, "c").Error;

        Assert.Equal("opportunity.window.end_before_start", error?.Code);
        Assert.Equal("windowTo", error?.Field);
    }

    [Fact]
    public void Create_WindowOfOneDayOrOpenAtAnEnd_Allowed()
    {
        var day = new DateOnly(2027, 3, 1);

        Assert.True(Opportunity.Create(VitaleWijken, Details() with { WindowFrom = day, WindowTo = day }, OpportunityStatus.Gesignaleerd, Now, "c").IsSuccess);
        Assert.True(Opportunity.Create(VitaleWijken, Details() with { WindowTo = day }, OpportunityStatus.Gesignaleerd, Now, "c").IsSuccess);
    }

    [Fact]
    public void Create_AfterTheFactWithASource_TakesThatStatus()
    {
        var opportunity = Opportunity.Create(VitaleWijken, Details() with { Source = "Voortgangsbericht Vitale Wijken 2024" }, OpportunityStatus.Afgesproken, Now, "c").Value;

        Assert.Equal(OpportunityStatus.Afgesproken, opportunity.Status);
        Assert.Equal(OpportunityStatus.Afgesproken, Assert.Single(opportunity.History).To);
    }

    [Fact]
    public void Create_AfterTheFactWithoutASource_RefusedAtTheSource()
    {
        var error = Opportunity.Create(VitaleWijken, Details(), OpportunityStatus.Gerealiseerd, Now, "c").Error;

        Assert.Equal("opportunity.source.required_for_status", error?.Code);
        Assert.Equal("source", error?.Field);
    }

    [Fact]
    public void Create_Vervallen_Refused() =>
        Assert.Equal("opportunity.status.initial_invalid", Opportunity.Create(VitaleWijken, Details() with { Source = "x" }, OpportunityStatus.Vervallen, Now, "c").Error?.Code);

    [Fact]
    public void Change_RefusedDetails_ChangeNothing()
    {
        var opportunity = Signalled();

        var result = opportunity.Change(VitaleWijken, Details() with { Title = "Nieuwe titel", WindowFrom = new(2027, 1, 2), WindowTo = new(2027, 1, 1) });

        Assert.False(result.IsSuccess);
        Assert.Equal("Buurtsportcoaches voor het jongerenwerk", opportunity.Title);
        Assert.Null(opportunity.WindowFrom);
    }

    [Fact]
    public void Change_KindAwayFromFinancialWhileAnAmountIsGiven_Refused()
    {
        var opportunity = Opportunity.Create(VitaleWijken, Details(OpportunityKind.FinancialSupport, Money.FromCents(500_00)), OpportunityStatus.Gesignaleerd, Now, "c").Value;

        var error = opportunity.Change(VitaleWijken, Details(OpportunityKind.Expertise, opportunity.Amount)).Error;

        Assert.Equal("opportunity.amount.not_financial", error?.Code);
        Assert.Equal(500_00L, opportunity.AmountCents);
    }

    [Fact]
    public void Change_AnotherProgramme_IsABug() =>
        Assert.Throws<ArgumentException>(() => Signalled().Change(VitaleWijken with { Id = 8 }, Details()));
}
