using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>Rankings and distributions on hand-made values; expected quartiles as numpy.percentile and Excel's QUARTILE.INC give them.</summary>
public sealed class MonitorStatisticsTests
{
    [Fact]
    public void Quantile_FourValues_InterpolatesBetweenClosestRanks()
    {
        double[] sorted = [1, 2, 3, 4];

        Assert.Equal(
            [1, 1.75, 2.5, 3.25, 4],
            [MonitorStatistics.Quantile(sorted, 0), MonitorStatistics.Quantile(sorted, 0.25), MonitorStatistics.Quantile(sorted, 0.5), MonitorStatistics.Quantile(sorted, 0.75), MonitorStatistics.Quantile(sorted, 1)]);
    }

    [Fact]
    public void Quantile_SingleValue_IsThatValue() =>
        Assert.Equal(7.5, MonitorStatistics.Quantile([7.5], 0.25));

    [Fact]
    public void Rank_EqualValues_ShareARankAndTheNextSkips()
    {
        (string Code, double Value)[] items = [("b", 45), ("a", 48), ("c", 45), ("d", 40)];

        var ranked = MonitorStatistics.Rank(items, i => i.Value, Polarity.HigherIsBetter, i => i.Code);

        Assert.Equal([(1, "a"), (2, "b"), (2, "c"), (4, "d")], ranked.Select(r => (r.Rank, r.Item.Code)));
    }

    [Fact]
    public void Rank_HigherIsWorse_LowestFirst()
    {
        (string Code, double Value)[] items = [("a", 48), ("b", 40), ("c", 45)];

        var ranked = MonitorStatistics.Rank(items, i => i.Value, Polarity.HigherIsWorse, i => i.Code);

        Assert.Equal(["b", "c", "a"], ranked.Select(r => r.Item.Code));
    }

    [Fact]
    public void Histogram_TenthsRange_RoundEdgesAndEveryValueInOneBin()
    {
        double[] sorted = [0.3, 0.35, 0.5, 0.7];

        var bins = MonitorStatistics.Histogram(sorted, 10);

        Assert.Equal(0.3, bins[0].From);
        Assert.Equal(0.7, bins[^1].To);
        Assert.All(bins, b => Assert.Equal(0.05, b.To - b.From, 9));
        Assert.Equal(sorted.Length, bins.Sum(b => b.Count));

        // 0.35 lies on an inner edge and belongs to the bin above it; 0.7 on the last upper edge, which the last bin includes.
        Assert.Equal((1, 1, 1), (bins[0].Count, bins[1].Count, bins[^1].Count));
    }

    [Fact]
    public void Describe_AllEqual_OneBinFromTheValueToItself()
    {
        var distribution = MonitorStatistics.Describe([5, 5, 5]);

        Assert.NotNull(distribution);
        Assert.Equal(new HistogramBin(5, 5, 3), Assert.Single(distribution.Bins));
        Assert.Equal((5.0, 5.0, 5.0), (distribution.Q1, distribution.Median, distribution.Mean));
    }

    [Fact]
    public void Describe_NoValues_IsNull() => Assert.Null(MonitorStatistics.Describe([]));

    [Fact]
    public void NiceStep_RawSteps_RoundUpToOneTwoTwoAndAHalfOrFive() =>
        Assert.Equal([1, 2, 2.5, 5, 10, 0.05], new[] { 0.9, 1.5, 2.2, 4, 6, 0.04 }.Select(r => Math.Round(MonitorStatistics.NiceStep(r), 12)));
}
