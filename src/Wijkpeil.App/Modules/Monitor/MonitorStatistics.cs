using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>The arithmetic behind rankings and distributions: pure functions over values already cleared for publication.</summary>
internal static class MonitorStatistics
{
    private const int RoundingDigits = 9;

    /// <summary>
    /// Ranks best first by polarity (highest first for higher-is-better and neutral indicators, lowest first for
    /// higher-is-worse). Equal values share a rank and the next rank skips (1, 2, 2, 4); within a tie the items
    /// keep the order of <paramref name="tieOrder"/>.
    /// </summary>
    public static List<(int Rank, T Item)> Rank<T>(IEnumerable<T> items, Func<T, double> value, Polarity polarity, Func<T, string> tieOrder)
    {
        var ordered = polarity == Polarity.HigherIsWorse
            ? items.OrderBy(value).ThenBy(tieOrder, StringComparer.Ordinal)
            : items.OrderByDescending(value).ThenBy(tieOrder, StringComparer.Ordinal);
        var ranked = new List<(int Rank, T Item)>();
        foreach (var item in ordered)
        {
            var rank = ranked.Count > 0 && value(ranked[^1].Item).Equals(value(item)) ? ranked[^1].Rank : ranked.Count + 1;
            ranked.Add((rank, item));
        }

        return ranked;
    }

    /// <summary>
    /// The p-quantile of ascending values by linear interpolation between closest ranks, as Excel's
    /// QUARTILE.INC / PERCENTILE.INC and numpy's default: with 0-based positions, h = (n - 1) * p and
    /// Q(p) = x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]).
    /// </summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var h = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(h);
        return below + 1 < sorted.Count ? sorted[below] + ((h - below) * (sorted[below + 1] - sorted[below])) : sorted[below];
    }

    /// <summary>The five-number summary, mean and a histogram of about <paramref name="targetBins"/> equal bins; null without values.</summary>
    public static Distribution? Describe(IEnumerable<double> values, int targetBins = 10)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        return new Distribution(
            sorted.Count,
            sorted[0],
            Quantile(sorted, 0.25),
            Quantile(sorted, 0.5),
            Quantile(sorted, 0.75),
            sorted[^1],
            sorted.Average(),
            Histogram(sorted, targetBins));
    }

    /// <summary>
    /// Equal-width bins on round edges (a step of 1, 2, 2.5 or 5 times a power of ten) that cover the values;
    /// at most <paramref name="targetBins"/> + 1 of them. All values equal: one bin from the value to itself.
    /// </summary>
    public static List<HistogramBin> Histogram(IReadOnlyList<double> sorted, int targetBins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetBins, 1);
        var min = sorted[0];
        var max = sorted[^1];
        if (max <= min)
        {
            return [new HistogramBin(min, max, sorted.Count)];
        }

        var step = NiceStep((max - min) / targetBins);

        // Rounded before floor and ceiling, so that 0.3 / 0.1 = 2.9999999999999996 counts as 3, not 2.
        var first = Math.Floor(Math.Round(min / step, RoundingDigits));
        var count = Math.Max(1, (int)(Math.Ceiling(Math.Round(max / step, RoundingDigits)) - first));
        var decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(step)), 0, 15);
        var counts = new int[count];
        foreach (var value in sorted)
        {
            var index = (int)Math.Floor(Math.Round((value / step) - first, RoundingDigits));
            counts[Math.Clamp(index, 0, count - 1)]++;
        }

        return [.. counts.Select((n, i) => new HistogramBin(Math.Round((first + i) * step, decimals), Math.Round((first + i + 1) * step, decimals), n))];
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least <paramref name="raw"/>.</summary>
    public static double NiceStep(double raw)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(raw);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalised = raw / magnitude;
        var nice = normalised switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 2.5 => 2.5,
            <= 5 => 5,
            _ => 10,
        };
        return nice * magnitude;
    }
}
