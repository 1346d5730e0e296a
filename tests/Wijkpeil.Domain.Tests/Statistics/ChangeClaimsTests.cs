using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.Domain.Tests.Statistics;

public sealed class ChangeClaimsTests
{
    [Theory]
    // Survey, significant: better or worse by polarity.
    [InlineData(SourceKind.Survey, Polarity.HigherIsBetter, 63.5, 69.9, SignificanceOutcome.Significant, ChangeClaim.SignificantlyBetter)]
    [InlineData(SourceKind.Survey, Polarity.HigherIsBetter, 69.9, 63.5, SignificanceOutcome.Significant, ChangeClaim.SignificantlyWorse)]
    [InlineData(SourceKind.Survey, Polarity.HigherIsWorse, 18.2, 21.0, SignificanceOutcome.Significant, ChangeClaim.SignificantlyWorse)]
    [InlineData(SourceKind.Survey, Polarity.HigherIsWorse, 21.0, 18.2, SignificanceOutcome.Significant, ChangeClaim.SignificantlyBetter)]
    // Survey, significant, neutral polarity: higher or lower.
    [InlineData(SourceKind.Survey, Polarity.Neutral, 40.0, 45.0, SignificanceOutcome.Significant, ChangeClaim.SignificantlyHigher)]
    [InlineData(SourceKind.Survey, Polarity.Neutral, 45.0, 40.0, SignificanceOutcome.Significant, ChangeClaim.SignificantlyLower)]
    // Survey, not significant: only the direction, whatever the polarity.
    [InlineData(SourceKind.Survey, Polarity.HigherIsBetter, 63.5, 64.3, SignificanceOutcome.NotSignificant, ChangeClaim.HigherNotSignificant)]
    [InlineData(SourceKind.Survey, Polarity.HigherIsWorse, 21.0, 20.2, SignificanceOutcome.NotSignificant, ChangeClaim.LowerNotSignificant)]
    // Survey, not testable: only the direction.
    [InlineData(SourceKind.Survey, Polarity.HigherIsBetter, 63.5, 69.9, SignificanceOutcome.NotTestable, ChangeClaim.HigherNotTestable)]
    [InlineData(SourceKind.Survey, Polarity.HigherIsWorse, 21.0, 18.2, SignificanceOutcome.NotTestable, ChangeClaim.LowerNotTestable)]
    // Register: exact, by polarity, whatever a test would say.
    [InlineData(SourceKind.Register, Polarity.HigherIsBetter, 280, 292, SignificanceOutcome.NotTestable, ChangeClaim.RegisterBetter)]
    [InlineData(SourceKind.Register, Polarity.HigherIsWorse, 280, 292, SignificanceOutcome.NotSignificant, ChangeClaim.RegisterWorse)]
    [InlineData(SourceKind.Register, Polarity.HigherIsWorse, 292, 280, SignificanceOutcome.NotTestable, ChangeClaim.RegisterBetter)]
    [InlineData(SourceKind.Register, Polarity.Neutral, 33120, 33450, SignificanceOutcome.NotTestable, ChangeClaim.RegisterHigher)]
    [InlineData(SourceKind.Register, Polarity.Neutral, 33450, 33120, SignificanceOutcome.NotTestable, ChangeClaim.RegisterLower)]
    // Unknown source kind: never a claim, even when a test says significant.
    [InlineData(SourceKind.Unknown, Polarity.HigherIsBetter, 63.5, 69.9, SignificanceOutcome.Significant, ChangeClaim.HigherNotTestable)]
    [InlineData(SourceKind.Unknown, Polarity.HigherIsWorse, 21.0, 18.2, SignificanceOutcome.NotTestable, ChangeClaim.LowerNotTestable)]
    // Stable: the same, for every kind.
    [InlineData(SourceKind.Survey, Polarity.HigherIsBetter, 63.5, 63.5, SignificanceOutcome.NotSignificant, ChangeClaim.Stable)]
    [InlineData(SourceKind.Register, Polarity.HigherIsWorse, 280, 280, SignificanceOutcome.NotTestable, ChangeClaim.Stable)]
    [InlineData(SourceKind.Unknown, Polarity.Neutral, 12, 12, SignificanceOutcome.NotTestable, ChangeClaim.Stable)]
    public void Classify_SourceKindPolarityAndTest_GiveTheClaim(SourceKind kind, Polarity polarity, double previous, double current, SignificanceOutcome test, ChangeClaim expected)
    {
        var direction = ChangeClassifier.Classify(polarity, previous, current);

        Assert.Equal(expected, ChangeClaims.Classify(kind, direction, current - previous, test));
    }

    [Theory]
    [InlineData(ChangeClaim.SignificantlyBetter, true, false)]
    [InlineData(ChangeClaim.RegisterBetter, true, false)]
    [InlineData(ChangeClaim.SignificantlyWorse, false, true)]
    [InlineData(ChangeClaim.RegisterWorse, false, true)]
    [InlineData(ChangeClaim.HigherNotSignificant, false, false)]
    [InlineData(ChangeClaim.LowerNotTestable, false, false)]
    [InlineData(ChangeClaim.SignificantlyHigher, false, false)]
    [InlineData(ChangeClaim.RegisterLower, false, false)]
    [InlineData(ChangeClaim.Stable, false, false)]
    public void IsBetterIsWorse_OnlySignificantOrRegisterClaims(ChangeClaim claim, bool better, bool worse)
    {
        Assert.Equal((better, worse), (claim.IsBetter(), claim.IsWorse()));
    }

    [Theory]
    [InlineData(280, 292, 4.2857)]
    [InlineData(292, 280, -4.1096)]
    [InlineData(-50, -25, 50.0)]
    public void RelativePercent_EarlierValue_IsTheShareOfIt(double previous, double current, double expected)
    {
        Assert.Equal(expected, ChangeClaims.RelativePercent(previous, current)!.Value, 3);
    }

    [Fact]
    public void RelativePercent_EarlierValueZero_IsUndefined()
    {
        Assert.Null(ChangeClaims.RelativePercent(0, 12));
    }

    [Fact]
    public void Code_EveryClaim_HasADistinctStableCode()
    {
        var codes = Enum.GetValues<ChangeClaim>().Select(c => c.Code()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("higher-not-significant", ChangeClaim.HigherNotSignificant.Code());
        Assert.Equal("register-better", ChangeClaim.RegisterBetter.Code());
    }
}
