namespace Wijkpeil.Domain.Statistics;

/// <summary>The standard normal distribution, enough for two-sided z-tests.</summary>
public static class NormalDistribution
{
    /// <summary>The 97.5th percentile: a 95% interval is the estimate plus or minus this many standard errors.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>P(Z &lt;= z) for a standard normal Z.</summary>
    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>The two-sided p-value of a z statistic.</summary>
    public static double TwoSidedPValue(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2));

    private static readonly double[] ErfcCoefficients =
    [
        -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
        0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277,
    ];

    // Complementary error function after Numerical Recipes' Chebyshev fit (erfcc): relative error below
    // 1.2e-7 everywhere, far finer than the 0.05 threshold the tests decide on.
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        var polynomial = 0.0;
        for (var i = ErfcCoefficients.Length - 1; i >= 0; i--)
        {
            polynomial = (polynomial * t) + ErfcCoefficients[i];
        }

        var r = t * Math.Exp(-(z * z) + polynomial);
        return x >= 0 ? r : 2.0 - r;
    }
}
