using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.Domain.Tests.Statistics;

// Every expected number below was worked out by hand from the formulas in SignificanceTest and checked with
// Python (math.erfc): p = erfc(|z| / sqrt(2)). 2 x 1.959964 = 3.919928 turns a 95% interval width into 2 SE.
public sealed class SignificanceTestTests
{
    private const double ZTolerance = 1e-5;
    private const double PTolerance = 1e-5;

    private static Measurement Pct(double value, double? lower = null, double? upper = null, int? n = null) =>
        Measurement.Create(IndicatorKind.Percentage, value, lower, upper, n).Value;

    private static Percentage P(double value) => Percentage.Create(value).Value;

    [Fact]
    public void DifferenceOfEstimates_NonOverlappingIntervals_IsSignificant()
    {
        // a = 63.5 [60.1; 66.9], b = 69.9 [66.6; 73.2]
        // SE_a = 6.8 / 3.919928 = 1.734726
        // SE_b = 6.6 / 3.919928 = 1.683704
        // SE   = sqrt(1.734726² + 1.683704²) = 2.417464
        // z    = (69.9 - 63.5) / 2.417464 = 6.4 / 2.417464 = 2.647402
        // p    = erfc(2.647402 / sqrt 2) = 0.008111 < 0.05 -> significant
        var result = SignificanceTest.DifferenceOfEstimates(Pct(63.5, 60.1, 66.9), Pct(69.9, 66.6, 73.2));

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.True(result.IsSignificant);
        Assert.Equal(6.4, result.Difference, 1e-9);
        Assert.Equal(2.647402, result.Z, ZTolerance);
        Assert.Equal(0.008111, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfEstimates_ReversedOrder_NegatesDifferenceAndZWithSamePValue()
    {
        // b - a = 63.5 - 69.9 = -6.4; SE unchanged (2.417464); z = -2.647402; p = 0.008111
        var result = SignificanceTest.DifferenceOfEstimates(Pct(69.9, 66.6, 73.2), Pct(63.5, 60.1, 66.9));

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(-6.4, result.Difference, 1e-9);
        Assert.Equal(-2.647402, result.Z, ZTolerance);
        Assert.Equal(0.008111, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfEstimates_OverlappingIntervals_IsNotSignificant()
    {
        // a = 63.5 [60.1; 66.9], b = 65.0 [61.6; 68.4]
        // SE_a = SE_b = 6.8 / 3.919928 = 1.734726
        // SE   = sqrt(2 x 1.734726²) = 2.453273
        // z    = 1.5 / 2.453273 = 0.611428
        // p    = erfc(0.611428 / sqrt 2) = 0.540916 >= 0.05 -> not significant
        var result = SignificanceTest.DifferenceOfEstimates(Pct(63.5, 60.1, 66.9), Pct(65.0, 61.6, 68.4));

        Assert.Equal(SignificanceOutcome.NotSignificant, result.Outcome);
        Assert.False(result.IsSignificant);
        Assert.Equal(1.5, result.Difference, 1e-9);
        Assert.Equal(0.611428, result.Z, ZTolerance);
        Assert.Equal(0.540916, result.PValue, PTolerance);
    }

    // Boundary: both intervals are 4 wide, so SE_a = SE_b = 4 / 3.919928 = 1.020427 and
    // SE = 1.020427 x sqrt 2 = 1.443102; the critical difference is 1.959964 x 1.443102 = 2.828427.
    [Fact]
    public void DifferenceOfEstimates_PJustAboveFivePercent_IsNotSignificant()
    {
        // 50 [48; 52] vs 52.82 [50.82; 54.82]: z = 2.82 / 1.443102 = 1.954124, p = 0.050687 -> not significant
        var result = SignificanceTest.DifferenceOfEstimates(Pct(50, 48, 52), Pct(52.82, 50.82, 54.82));

        Assert.Equal(SignificanceOutcome.NotSignificant, result.Outcome);
        Assert.Equal(1.954124, result.Z, ZTolerance);
        Assert.Equal(0.050687, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfEstimates_PJustBelowFivePercent_IsSignificant()
    {
        // 50 [48; 52] vs 52.83 [50.83; 54.83]: z = 2.83 / 1.443102 = 1.961054, p = 0.049873 -> significant
        var result = SignificanceTest.DifferenceOfEstimates(Pct(50, 48, 52), Pct(52.83, 50.83, 54.83));

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(1.961054, result.Z, ZTolerance);
        Assert.Equal(0.049873, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfEstimates_OneZeroWidthInterval_UsesOtherStandardError()
    {
        // a = 50 [50; 50] (SE_a = 0), b = 53 [51; 55] (SE_b = 4 / 3.919928 = 1.020427)
        // z = 3 / 1.020427 = 2.939946, p = 0.003283 -> significant
        var result = SignificanceTest.DifferenceOfEstimates(Pct(50, 50, 50), Pct(53, 51, 55));

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(2.939946, result.Z, ZTolerance);
        Assert.Equal(0.003283, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfEstimates_NonPercentageEstimates_UsesSameFormula()
    {
        // Mean scores 6.8 [6.5; 7.1] vs 7.4 [7.1; 7.7]: SE_a = SE_b = 0.6 / 3.919928 = 0.153064,
        // SE = 0.216465, z = 0.6 / 0.216465 = 2.771808, p = 0.005575 -> significant
        var a = Measurement.Create(IndicatorKind.Mean, 6.8, 6.5, 7.1).Value;
        var b = Measurement.Create(IndicatorKind.Mean, 7.4, 7.1, 7.7).Value;

        var result = SignificanceTest.DifferenceOfEstimates(a, b);

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(2.771808, result.Z, ZTolerance);
        Assert.Equal(0.005575, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfEstimates_OneWithoutInterval_IsNotTestable()
    {
        var result = SignificanceTest.DifferenceOfEstimates(Pct(63.5, 60.1, 66.9), Pct(69.9));

        Assert.Equal(SignificanceOutcome.NotTestable, result.Outcome);
        Assert.False(result.IsSignificant);
        Assert.Equal(6.4, result.Difference, 1e-9);
        Assert.True(double.IsNaN(result.Z));
        Assert.True(double.IsNaN(result.PValue));
    }

    [Fact]
    public void DifferenceOfEstimates_NeitherWithInterval_IsNotTestable()
    {
        var result = SignificanceTest.DifferenceOfEstimates(Pct(63.5), Pct(69.9));

        Assert.Equal(SignificanceOutcome.NotTestable, result.Outcome);
    }

    [Fact]
    public void DifferenceOfEstimates_BothZeroWidthIntervals_IsNotTestable()
    {
        // SE = 0: z would be a division by zero.
        var result = SignificanceTest.DifferenceOfEstimates(Pct(50, 50, 50), Pct(60, 60, 60));

        Assert.Equal(SignificanceOutcome.NotTestable, result.Outcome);
        Assert.Equal(10, result.Difference, 1e-9);
    }

    [Fact]
    public void DifferenceOfProportions_ThirtyOfTwoHundredVersusFortyOfTwoHundredFifty_IsSignificant()
    {
        // 30% of n=200 vs 40% of n=250
        // pooled p = (0.30 x 200 + 0.40 x 250) / 450 = (60 + 100) / 450 = 0.355556
        // SE = sqrt(0.355556 x 0.644444 x (1/200 + 1/250)) = sqrt(0.229136 x 0.009) = sqrt(0.00206222) = 0.045412
        // z  = (0.40 - 0.30) / 0.045412 = 2.202076
        // p  = erfc(2.202076 / sqrt 2) = 0.027660 < 0.05 -> significant
        var result = SignificanceTest.DifferenceOfProportions(P(30), 200, P(40), 250);

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(10, result.Difference, 1e-9); // in percentage points
        Assert.Equal(2.202076, result.Z, ZTolerance);
        Assert.Equal(0.027660, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfProportions_Reversed_NegatesZ()
    {
        // Same pooled p and SE as above; z = -0.10 / 0.045412 = -2.202076, p = 0.027660
        var result = SignificanceTest.DifferenceOfProportions(P(40), 250, P(30), 200);

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(-10, result.Difference, 1e-9);
        Assert.Equal(-2.202076, result.Z, ZTolerance);
        Assert.Equal(0.027660, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfProportions_SmallDifference_IsNotSignificant()
    {
        // 30% of 200 vs 33% of 250: pooled p = (60 + 82.5) / 450 = 0.316667
        // SE = sqrt(0.316667 x 0.683333 x 0.009) = sqrt(0.216389 x 0.009) = 0.044130
        // z = 0.03 / 0.044130 = 0.679802, p = 0.496630 -> not significant
        var result = SignificanceTest.DifferenceOfProportions(P(30), 200, P(33), 250);

        Assert.Equal(SignificanceOutcome.NotSignificant, result.Outcome);
        Assert.Equal(0.679802, result.Z, ZTolerance);
        Assert.Equal(0.496630, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfProportions_PJustBelowFivePercent_IsSignificant()
    {
        // 30% of 200 vs 38.9% of 250: pooled p = (60 + 97.25) / 450 = 0.349444
        // SE = sqrt(0.349444 x 0.650556 x 0.009) = 0.045233; z = 0.089 / 0.045233 = 1.967603, p = 0.049114
        var result = SignificanceTest.DifferenceOfProportions(P(30), 200, P(38.9), 250);

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(1.967603, result.Z, ZTolerance);
        Assert.Equal(0.049114, result.PValue, PTolerance);
    }

    [Fact]
    public void DifferenceOfProportions_PJustAboveFivePercent_IsNotSignificant()
    {
        // 30% of 200 vs 38.8% of 250: pooled p = (60 + 97) / 450 = 0.348889
        // SE = sqrt(0.348889 x 0.651111 x 0.009) = 0.045216; z = 0.088 / 0.045216 = 1.946213, p = 0.051629
        var result = SignificanceTest.DifferenceOfProportions(P(30), 200, P(38.8), 250);

        Assert.Equal(SignificanceOutcome.NotSignificant, result.Outcome);
        Assert.Equal(1.946213, result.Z, ZTolerance);
        Assert.Equal(0.051629, result.PValue, PTolerance);
    }

    [Theory]
    [InlineData(null, 250)]
    [InlineData(200, null)]
    [InlineData(null, null)]
    [InlineData(0, 250)]
    [InlineData(200, -1)]
    public void DifferenceOfProportions_MissingOrInvalidSampleSize_IsNotTestable(int? nA, int? nB)
    {
        var result = SignificanceTest.DifferenceOfProportions(P(30), nA, P(40), nB);

        Assert.Equal(SignificanceOutcome.NotTestable, result.Outcome);
        Assert.Equal(10, result.Difference, 1e-9);
        Assert.True(double.IsNaN(result.PValue));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(100.0)]
    public void DifferenceOfProportions_PooledShareZeroOrHundred_IsNotTestable(double share)
    {
        // pooled p = 0 or 1 makes p(1 - p) = 0, so SE = 0.
        var result = SignificanceTest.DifferenceOfProportions(P(share), 200, P(share), 250);

        Assert.Equal(SignificanceOutcome.NotTestable, result.Outcome);
    }

    [Fact]
    public void Compare_BothWithIntervals_TestsDifferenceOfEstimates()
    {
        // Intervals win over sample sizes: z is the estimates' 2.647402, not a proportion z.
        var result = SignificanceTest.Compare(true, Pct(63.5, 60.1, 66.9, 412), Pct(69.9, 66.6, 73.2, 398));

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(2.647402, result.Z, ZTolerance);
    }

    [Fact]
    public void Compare_PercentagesWithSampleSizesOnly_TestsDifferenceOfProportions()
    {
        // The two-proportion example above: z = 2.202076, p = 0.027660
        var result = SignificanceTest.Compare(true, Pct(30, n: 200), Pct(40, n: 250));

        Assert.Equal(SignificanceOutcome.Significant, result.Outcome);
        Assert.Equal(2.202076, result.Z, ZTolerance);
        Assert.Equal(0.027660, result.PValue, PTolerance);
    }

    [Fact]
    public void Compare_PercentagesWithOneIntervalAndBothSampleSizes_TestsDifferenceOfProportions()
    {
        var result = SignificanceTest.Compare(true, Pct(30, 25, 35, 200), Pct(40, n: 250));

        Assert.Equal(2.202076, result.Z, ZTolerance);
    }

    [Fact]
    public void Compare_NonPercentagesWithSampleSizesOnly_IsNotTestable()
    {
        var a = Measurement.Create(IndicatorKind.Mean, 6.8, sampleSize: 200).Value;
        var b = Measurement.Create(IndicatorKind.Mean, 7.4, sampleSize: 250).Value;

        var result = SignificanceTest.Compare(false, a, b);

        Assert.Equal(SignificanceOutcome.NotTestable, result.Outcome);
        Assert.Equal(0.6, result.Difference, 1e-9);
    }

    [Fact]
    public void Compare_PercentagesWithoutIntervalsOrSampleSizes_IsNotTestable()
    {
        var result = SignificanceTest.Compare(true, Pct(30, n: 200), Pct(40));

        Assert.Equal(SignificanceOutcome.NotTestable, result.Outcome);
        Assert.Equal(10, result.Difference, 1e-9);
    }
}
