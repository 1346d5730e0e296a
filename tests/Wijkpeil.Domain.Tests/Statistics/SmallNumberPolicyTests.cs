using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.Domain.Tests.Statistics;

public sealed class SmallNumberPolicyTests
{
    [Fact]
    public void Constructor_Default_UsesThirty()
    {
        Assert.Equal(30, new SmallNumberPolicy().Threshold);
        Assert.Equal(30, SmallNumberPolicy.DefaultThreshold);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(29, true)]
    [InlineData(30, false)]
    [InlineData(31, false)]
    [InlineData(5000, false)]
    [InlineData(null, false)] // register figures carry no sample size and are shown
    public void IsSuppressed_DefaultThreshold_HidesBelowThirty(int? sampleSize, bool expected)
    {
        Assert.Equal(expected, new SmallNumberPolicy().IsSuppressed(sampleSize));
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, false)]
    [InlineData(null, false)]
    public void IsSuppressed_CustomThreshold_HidesBelowThreshold(int? sampleSize, bool expected)
    {
        Assert.Equal(expected, new SmallNumberPolicy(50).IsSuppressed(sampleSize));
    }

    [Fact]
    public void IsSuppressed_ThresholdOne_HidesNothingPositive()
    {
        Assert.False(new SmallNumberPolicy(1).IsSuppressed(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Constructor_ThresholdBelowOne_Throws(int threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallNumberPolicy(threshold));
    }

    [Fact]
    public void ReasonNl_SampleSize_NamesCountAndThreshold()
    {
        Assert.Equal(
            "Niet getoond: gebaseerd op 29 respondenten, minder dan de ondergrens van 30.",
            new SmallNumberPolicy().ReasonNl(29));
    }

    [Fact]
    public void ReasonEn_SampleSize_NamesCountAndThreshold()
    {
        Assert.Equal(
            "Not shown: based on 29 respondents, fewer than the minimum of 30.",
            new SmallNumberPolicy().ReasonEn(29));
    }

    [Fact]
    public void Equals_SameThreshold_AreEqual()
    {
        Assert.Equal(new SmallNumberPolicy(), new SmallNumberPolicy(30));
        Assert.NotEqual(new SmallNumberPolicy(), new SmallNumberPolicy(31));
    }
}
