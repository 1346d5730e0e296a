using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.Domain.Statistics;

/// <summary>How a figure moved between two periods, judged by the indicator's polarity.</summary>
public enum ChangeDirection
{
    Stable = 0,
    Improved = 1,
    Worsened = 2,

    /// <summary>Went up, for an indicator where neither direction is better.</summary>
    Increased = 3,

    /// <summary>Went down, for an indicator where neither direction is better.</summary>
    Decreased = 4,
}

/// <summary>Classifies a change by the indicator's polarity.</summary>
public static class ChangeClassifier
{
    /// <summary>
    /// The direction from <paramref name="previous"/> to <paramref name="current"/>. Differences no larger than
    /// <paramref name="tolerance"/> (default: nothing) count as stable, so values published with one decimal
    /// can be compared without floating-point noise.
    /// </summary>
    public static ChangeDirection Classify(Polarity polarity, double previous, double current, double tolerance = 1e-9)
    {
        // A negative tolerance would make equal values a change (and, going "down", a worsening).
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var difference = current - previous;
        if (Math.Abs(difference) <= tolerance)
        {
            return ChangeDirection.Stable;
        }

        var up = difference > 0;
        return polarity switch
        {
            Polarity.HigherIsBetter => up ? ChangeDirection.Improved : ChangeDirection.Worsened,
            Polarity.HigherIsWorse => up ? ChangeDirection.Worsened : ChangeDirection.Improved,
            _ => up ? ChangeDirection.Increased : ChangeDirection.Decreased,
        };
    }
}
