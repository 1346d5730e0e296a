using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.Domain.Tests.Statistics;

public sealed class ChangeClassifierTests
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter, 63.5, 69.9, ChangeDirection.Improved)]
    [InlineData(Polarity.HigherIsBetter, 69.9, 63.5, ChangeDirection.Worsened)]
    [InlineData(Polarity.HigherIsBetter, 63.5, 63.5, ChangeDirection.Stable)]
    [InlineData(Polarity.HigherIsWorse, 18.2, 21.0, ChangeDirection.Worsened)]
    [InlineData(Polarity.HigherIsWorse, 21.0, 18.2, ChangeDirection.Improved)]
    [InlineData(Polarity.HigherIsWorse, 18.2, 18.2, ChangeDirection.Stable)]
    [InlineData(Polarity.Neutral, 12_000, 12_450, ChangeDirection.Increased)]
    [InlineData(Polarity.Neutral, 12_450, 12_000, ChangeDirection.Decreased)]
    [InlineData(Polarity.Neutral, 12_000, 12_000, ChangeDirection.Stable)]
    public void Classify_Change_FollowsPolarity(Polarity polarity, double previous, double current, ChangeDirection expected)
    {
        Assert.Equal(expected, ChangeClassifier.Classify(polarity, previous, current));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.HigherIsWorse)]
    [InlineData(Polarity.Neutral)]
    public void Classify_FloatingPointNoise_IsStable(Polarity polarity)
    {
        // 0.1 + 0.2 = 0.30000000000000004: a difference of 5.6e-17, well inside the default 1e-9.
        Assert.Equal(ChangeDirection.Stable, ChangeClassifier.Classify(polarity, 0.1 + 0.2, 0.3));
    }

    [Fact]
    public void Classify_SmallestPublishedStep_IsAChange()
    {
        Assert.Equal(ChangeDirection.Improved, ChangeClassifier.Classify(Polarity.HigherIsBetter, 63.5, 63.6));
    }

    [Theory]
    [InlineData(63.5, 63.54, ChangeDirection.Stable)]
    [InlineData(63.5, 63.46, ChangeDirection.Stable)]
    [InlineData(63.5, 63.6, ChangeDirection.Improved)]
    [InlineData(63.5, 63.4, ChangeDirection.Worsened)]
    public void Classify_WithTolerance_TreatsSmallDifferencesAsStable(double previous, double current, ChangeDirection expected)
    {
        Assert.Equal(expected, ChangeClassifier.Classify(Polarity.HigherIsBetter, previous, current, tolerance: 0.05));
    }

    [Fact]
    public void Classify_ZeroToleranceEqualValues_IsStable()
    {
        Assert.Equal(ChangeDirection.Stable, ChangeClassifier.Classify(Polarity.HigherIsWorse, 18.2, 18.2, tolerance: 0));
    }

    [Fact]
    public void Classify_NegativeTolerance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChangeClassifier.Classify(Polarity.HigherIsBetter, 63.5, 63.5, tolerance: -0.1));
    }
}
