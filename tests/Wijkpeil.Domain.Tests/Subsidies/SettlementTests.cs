using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class SettlementTests
{
    private static readonly Money Granted = Money.FromEuros(5_000m).Value;

    private static Money Euros(decimal euros) => Money.FromEuros(euros).Value;

    [Fact]
    public void Create_AsGranted_SettlesFullAmount()
    {
        var settlement = Settlement.Create(Granted, Granted, SettlementReason.AsGranted, null).Value;

        Assert.Equal(Granted, settlement.Settled);
        Assert.Equal(Money.Zero, settlement.Reduction);
        Assert.False(settlement.IsLower);
        Assert.Null(settlement.Explanation);
    }

    [Fact]
    public void Create_LowerWithReasonAndExplanation_HoldsReduction()
    {
        var settlement = Settlement.Create(Granted, Euros(3_750.50m), SettlementReason.ActivitiesNotCarriedOut, "  Twee van de vier bijeenkomsten gingen niet door. ").Value;

        Assert.Equal(Euros(1_249.50m), settlement.Reduction);
        Assert.True(settlement.IsLower);
        Assert.Equal(SettlementReason.ActivitiesNotCarriedOut, settlement.Reason);
        Assert.Equal("Twee van de vier bijeenkomsten gingen niet door.", settlement.Explanation);
    }

    [Fact]
    public void Create_Zero_AllowedWithReason()
    {
        Assert.True(Settlement.Create(Granted, Money.Zero, SettlementReason.ObligationsNotMet, "Geen verantwoording.").Value.Settled.IsZero);
    }

    [Fact]
    public void Create_AboveGranted_ReturnsAboveGranted()
    {
        var result = Settlement.Create(Granted, Euros(5_000.01m), SettlementReason.AsGranted, null);

        Assert.Equal("subsidy.settlement.above_granted", result.Error?.Code);
        Assert.Equal("settled", result.Error?.Field);
        Assert.Equal([5_000.01m, 5_000m], result.Error?.Arguments);
    }

    [Fact]
    public void Create_Negative_ReturnsNegative()
    {
        Assert.Equal("subsidy.settlement.negative", Settlement.Create(Granted, Money.FromCents(-1), SettlementReason.GrantWasWrong, "x").Error?.Code);
    }

    [Fact]
    public void Create_AsGrantedWithLowerAmount_ReturnsMismatch()
    {
        var result = Settlement.Create(Granted, Euros(4_000m), SettlementReason.AsGranted, "Lager");

        Assert.Equal("subsidy.settlement.as_granted_mismatch", result.Error?.Code);
        Assert.Equal("settled", result.Error?.Field);
    }

    [Theory]
    [InlineData(SettlementReason.ActivitiesNotCarriedOut)]
    [InlineData(SettlementReason.ObligationsNotMet)]
    [InlineData(SettlementReason.IncorrectInformation)]
    [InlineData(SettlementReason.GrantWasWrong)]
    [InlineData(SettlementReason.LowerActualCosts)]
    public void Create_ReductionReasonWithFullAmount_ReturnsReasonWithoutReduction(SettlementReason reason)
    {
        var result = Settlement.Create(Granted, Granted, reason, "Toelichting");

        Assert.Equal("subsidy.settlement.reason_without_reduction", result.Error?.Code);
        Assert.Equal("reason", result.Error?.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Create_LowerWithoutExplanation_ReturnsExplanationRequired(string? explanation)
    {
        var result = Settlement.Create(Granted, Euros(4_000m), SettlementReason.LowerActualCosts, explanation);

        Assert.Equal("subsidy.settlement.explanation_required", result.Error?.Code);
        Assert.Equal("explanation", result.Error?.Field);
    }

    [Fact]
    public void Create_ExplanationTooLong_ReturnsExplanationTooLong()
    {
        var result = Settlement.Create(Granted, Euros(4_000m), SettlementReason.LowerActualCosts, new string('t', Settlement.ExplanationMaxLength + 1));

        Assert.Equal("subsidy.settlement.explanation_too_long", result.Error?.Code);
        Assert.Equal([2001, 2000], result.Error?.Arguments);
    }

    [Fact]
    public void Create_UndefinedReason_ReturnsReasonInvalid()
    {
        Assert.Equal("subsidy.settlement.reason_invalid", Settlement.Create(Granted, Granted, (SettlementReason)42, null).Error?.Code);
    }

    [Fact]
    public void Create_NonPositiveGrant_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Settlement.Create(Money.Zero, Money.Zero, SettlementReason.AsGranted, null));
    }
}
