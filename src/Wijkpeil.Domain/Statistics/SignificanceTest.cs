using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Statistics;

/// <summary>Whether a difference could be tested and, if so, whether it is significant at the 5% level.</summary>
public enum SignificanceOutcome
{
    /// <summary>Intervals or sample sizes are missing: the data do not allow a test ("niet te toetsen").</summary>
    NotTestable = 0,
    NotSignificant = 1,
    Significant = 2,
}

/// <summary>The result of a two-sided z-test on the difference b - a.</summary>
/// <param name="Outcome">Significant, not significant, or not testable.</param>
/// <param name="Difference">b minus a.</param>
/// <param name="Z">The z statistic; NaN when not testable.</param>
/// <param name="PValue">The two-sided p-value; NaN when not testable.</param>
public sealed record SignificanceResult(SignificanceOutcome Outcome, double Difference, double Z, double PValue)
{
    public bool IsSignificant => Outcome == SignificanceOutcome.Significant;

    internal static SignificanceResult NotTestable(double difference) =>
        new(SignificanceOutcome.NotTestable, difference, double.NaN, double.NaN);

    internal static SignificanceResult FromZ(double difference, double z, double alpha)
    {
        var p = NormalDistribution.TwoSidedPValue(z);
        return new SignificanceResult(p < alpha ? SignificanceOutcome.Significant : SignificanceOutcome.NotSignificant, difference, z, p);
    }
}

/// <summary>Tests of the difference between two estimates (normal approximation, two-sided, alpha 0.05).</summary>
public static class SignificanceTest
{
    public const double Alpha = 0.05;

    /// <summary>
    /// Compares two estimates that each carry a 95% interval. The standard error of each is its interval
    /// width divided by 2 x 1.96 (symmetric normal interval); the difference is tested against the root of
    /// the summed variances, treating the estimates as independent.
    /// </summary>
    public static SignificanceResult DifferenceOfEstimates(Measurement a, Measurement b)
    {
        var difference = b.Value - a.Value;
        if (!a.HasInterval || !b.HasInterval)
        {
            return SignificanceResult.NotTestable(difference);
        }

        var seA = (a.Upper!.Value - a.Lower!.Value) / (2 * NormalDistribution.Z975);
        var seB = (b.Upper!.Value - b.Lower!.Value) / (2 * NormalDistribution.Z975);
        var se = Math.Sqrt((seA * seA) + (seB * seB));
        if (se <= 0)
        {
            return SignificanceResult.NotTestable(difference);
        }

        return SignificanceResult.FromZ(difference, difference / se, Alpha);
    }

    /// <summary>
    /// Compares two percentages from independent samples with the pooled two-proportion z-test.
    /// Not testable without both sample sizes, or when the pooled share is 0% or 100%.
    /// </summary>
    public static SignificanceResult DifferenceOfProportions(Percentage a, int? sampleSizeA, Percentage b, int? sampleSizeB)
    {
        var difference = b.Value - a.Value;
        if (sampleSizeA is not > 0 || sampleSizeB is not > 0)
        {
            return SignificanceResult.NotTestable(difference);
        }

        double nA = sampleSizeA.Value;
        double nB = sampleSizeB.Value;
        var pooled = ((a.AsFraction * nA) + (b.AsFraction * nB)) / (nA + nB);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1 / nA) + (1 / nB)));
        if (se <= 0)
        {
            return SignificanceResult.NotTestable(difference);
        }

        return SignificanceResult.FromZ(difference, (b.AsFraction - a.AsFraction) / se, Alpha);
    }

    /// <summary>
    /// Tests with the best information available: intervals when both have them, otherwise sample sizes
    /// for percentages, otherwise not testable.
    /// </summary>
    public static SignificanceResult Compare(bool isPercentage, Measurement a, Measurement b)
    {
        if (a.HasInterval && b.HasInterval)
        {
            return DifferenceOfEstimates(a, b);
        }

        if (isPercentage && a.SampleSize.HasValue && b.SampleSize.HasValue
            && Percentage.Create(a.Value) is { IsSuccess: true } pa
            && Percentage.Create(b.Value) is { IsSuccess: true } pb)
        {
            return DifferenceOfProportions(pa.Value, a.SampleSize, pb.Value, b.SampleSize);
        }

        return SignificanceResult.NotTestable(b.Value - a.Value);
    }
}
