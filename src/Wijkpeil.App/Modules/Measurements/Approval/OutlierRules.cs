using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>
/// The rules the review of an import batch flags figures by. They point a reviewer at values worth a second look;
/// publishing asks for each flagged figure to be confirmed, or for a note that says why the batch goes out anyway.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><b>Unusual among its peers</b>: within one indicator, period, breakdown and area level (buurten are
/// compared with buurten, never with the gemeente) a value whose modified z-score
/// 0.6745 × (x − median) / MAD exceeds <see cref="ModifiedZThreshold"/> in absolute value (Iglewicz and Hoaglin,
/// 1993). Median and MAD are not pulled along by the outliers they are to find, unlike mean and standard
/// deviation. Groups of fewer than <see cref="MinimumGroupSize"/> values are not judged, nor groups whose MAD is
/// zero (more than half the values equal): there the score is undefined.</item>
/// <item><b>Large change</b>: a value that replaced an earlier one and differs from it by more than
/// <see cref="RelativeChangeThreshold"/> of the earlier value; for percentages instead by more than
/// <see cref="PercentagePointThreshold"/> percentage points (a relative rule is meaningless near 0 %).</item>
/// <item><b>Large change since the previous period</b>: the same threshold against the area's own value for the same
/// indicator and breakdown in the indicator's previous period (Overgewicht 51 % in 2020, 95 % in 2022).</item>
/// <item><b>Unusual change among areas</b>: the modified z-score of rule 1 applied to the changes since the previous
/// period of all areas of the same level (the spread of that indicator's changes), so a wijk that moves where the
/// others stand still is flagged even when the threshold of rule 3 is not reached.</item>
/// <item><b>Out of range</b>: a value that is no valid measurement for its indicator's kind and unit
/// (<see cref="IsInValidRange"/>: a percentage outside 0–100, a negative or fractional count, a negative rate).</item>
/// </list>
/// </remarks>
public static class OutlierRules
{
    /// <summary>Iglewicz and Hoaglin's recommended cut-off for the modified z-score.</summary>
    public const double ModifiedZThreshold = 3.5;

    /// <summary>The consistency constant: 0.6745 × (x − median) / MAD is a z-score for normally distributed data.</summary>
    public const double NormalConsistency = 0.6745;

    /// <summary>Below this many values a median and MAD say too little to call anything unusual.</summary>
    public const int MinimumGroupSize = 5;

    /// <summary>A change of more than half the earlier value is flagged.</summary>
    public const double RelativeChangeThreshold = 0.5;

    /// <summary>A percentage that moves more than this many points is flagged.</summary>
    public const double PercentagePointThreshold = 10;

    /// <summary>The median of <paramref name="values"/>; NaN when there are none.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return MedianOfSorted(sorted);
    }

    /// <summary>The median absolute deviation from the median (unscaled).</summary>
    public static double MedianAbsoluteDeviation(IReadOnlyList<double> values, double median)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Median(values.Select(v => Math.Abs(v - median)).ToArray());
    }

    /// <summary>
    /// The modified z-score of every value, in input order; null for all when the group is smaller than
    /// <see cref="MinimumGroupSize"/> or its MAD is zero.
    /// </summary>
    public static IReadOnlyList<double>? ModifiedZScores(IReadOnlyList<double> values) => ModifiedZScores(values, out _);

    /// <summary>As <see cref="ModifiedZScores(IReadOnlyList{double})"/>, with the group's median (NaN when not judged).</summary>
    /// <remarks>
    /// Two sorts of plain arrays per group (the values, then their deviations): a review of a whole StatLine table
    /// judges half a million figures, inside the write transaction of an import that publishes at once.
    /// </remarks>
    public static IReadOnlyList<double>? ModifiedZScores(IReadOnlyList<double> values, out double median)
    {
        ArgumentNullException.ThrowIfNull(values);
        median = double.NaN;
        if (values.Count < MinimumGroupSize)
        {
            return null;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var middle = MedianOfSorted(sorted);
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = Math.Abs(sorted[i] - middle);
        }

        Array.Sort(sorted);
        var mad = MedianOfSorted(sorted);
        if (mad == 0)
        {
            return null;
        }

        median = middle;
        var scores = new double[values.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = NormalConsistency * (values[i] - middle) / mad;
        }

        return scores;
    }

    /// <summary>Whether a modified z-score is beyond <see cref="ModifiedZThreshold"/>.</summary>
    public static bool IsUnusual(double modifiedZ) => Math.Abs(modifiedZ) > ModifiedZThreshold;

    /// <summary>Whether a change from <paramref name="previous"/> to <paramref name="current"/> is large by the rule above.</summary>
    /// <param name="isPercentage">True for indicators in percent, which are judged in percentage points.</param>
    public static bool IsLargeChange(double previous, double current, bool isPercentage)
    {
        var difference = Math.Abs(current - previous);
        if (isPercentage)
        {
            return difference > PercentagePointThreshold;
        }

        // From zero any change is infinitely large in relative terms: flag it, a reviewer should see it.
        return previous == 0 ? difference > 0 : difference > RelativeChangeThreshold * Math.Abs(previous);
    }

    private static double MedianOfSorted(double[] sorted)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a valid measurement for the kind (and unit) of its indicator: the same
    /// check the importer refuses a file by, applied again because a draft waits while an indicator may be redefined.
    /// </summary>
    public static bool IsInValidRange(IndicatorKind kind, double value, string? unit) =>
        Measurement.Create(kind, value, unit: unit).IsSuccess;
}
