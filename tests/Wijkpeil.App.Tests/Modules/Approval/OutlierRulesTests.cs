using Wijkpeil.App.Modules.Measurements.Approval;

namespace Wijkpeil.App.Tests.Modules.Approval;

/// <summary>The review's outlier rules on hand-made numbers whose answers are worked out in the comments.</summary>
public sealed class OutlierRulesTests
{
    [Fact]
    public void Median_OddAndEvenCounts_TakesTheMiddleOrTheMeanOfTheTwoMiddles()
    {
        Assert.Equal(3, OutlierRules.Median([5, 1, 3]));
        Assert.Equal(2.5, OutlierRules.Median([4, 1, 3, 2]));
        Assert.True(double.IsNaN(OutlierRules.Median([])));
    }

    [Fact]
    public void MedianAbsoluteDeviation_HandMadeValues_IsTheMedianDistanceToTheMedian()
    {
        // Median of 1,2,3,4,100 is 3; distances 2,1,0,1,97; their median is 1.
        Assert.Equal(1, OutlierRules.MedianAbsoluteDeviation([1, 2, 3, 4, 100], 3));
    }

    [Fact]
    public void ModifiedZScores_OneFarValue_FlagsOnlyThatValue()
    {
        // Median 100.5; distances 0.5,1.5,2.5,0.5,1.5,399.5 -> MAD 1.5.
        // z(500) = 0.6745 * 399.5 / 1.5 = 179.64...; z(98) = 0.6745 * -2.5 / 1.5 = -1.124...
        double[] values = [100, 102, 98, 101, 99, 500];

        var scores = OutlierRules.ModifiedZScores(values)!;

        Assert.Equal(179.6418, scores[5], 4);
        Assert.Equal(-1.1242, scores[2], 4);
        Assert.Equal([false, false, false, false, false, true], scores.Select(OutlierRules.IsUnusual));
    }

    [Fact]
    public void ModifiedZScores_ValueJustBeyondTheThreshold_IsUnusualAndJustWithinIsNot()
    {
        // 10,11,12,13,14 and x: for x far above, median 12.5 and MAD 1.5 (distances 2.5,1.5,0.5,0.5,1.5,x-12.5).
        // z = 0.6745 (x - 12.5) / 1.5 > 3.5  <=>  x > 12.5 + 3.5 * 1.5 / 0.6745 = 20.2835...
        Assert.False(OutlierRules.IsUnusual(OutlierRules.ModifiedZScores([10, 11, 12, 13, 14, 20.28])![5]));
        Assert.True(OutlierRules.IsUnusual(OutlierRules.ModifiedZScores([10, 11, 12, 13, 14, 20.29])![5]));
    }

    [Fact]
    public void ModifiedZScores_TooFewValuesOrMostlyEqual_JudgesNothing()
    {
        Assert.Null(OutlierRules.ModifiedZScores([1, 2, 3, 1000]));
        Assert.Null(OutlierRules.ModifiedZScores([7, 7, 7, 7, 1000])); // MAD 0: the score is undefined
    }

    [Theory]
    [InlineData(100, 151, false, true)] // 51 % more
    [InlineData(100, 150, false, false)] // exactly half: not more than half
    [InlineData(100, 49, false, true)]
    [InlineData(0, 0.1, false, true)] // anything from zero
    [InlineData(0, 0, false, false)]
    [InlineData(50, 60.5, true, true)] // 10.5 percentage points
    [InlineData(2, 4, true, false)] // doubled, but only 2 points
    public void IsLargeChange_ThresholdCases_FollowTheRule(double previous, double current, bool percentage, bool expected) =>
        Assert.Equal(expected, OutlierRules.IsLargeChange(previous, current, percentage));
}
