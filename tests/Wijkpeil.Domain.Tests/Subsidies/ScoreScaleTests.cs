using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class ScoreScaleTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(0, 10)]
    [InlineData(0, 100)]
    [InlineData(99, 100)]
    public void Create_Valid_HoldsBoundsAndRange(int min, int max)
    {
        var scale = ScoreScale.Create(min, max).Value;

        Assert.Equal(min, scale.Min);
        Assert.Equal(max, scale.Max);
        Assert.Equal(max - min, scale.Range);
    }

    [Theory]
    [InlineData(-1, 5, "scaleMin")]
    [InlineData(0, 101, "scaleMax")]
    [InlineData(101, 102, "scaleMin")]
    public void Create_BoundOutside0To100_ReturnsOutOfBounds(int min, int max, string field)
    {
        var result = ScoreScale.Create(min, max);

        Assert.Equal("subsidy.scale.out_of_bounds", result.Error?.Code);
        Assert.Equal(field, result.Error?.Field);
        Assert.Equal([min, max, 0, 100], result.Error?.Arguments);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5, 1)]
    public void Create_MinNotBelowMax_ReturnsEmpty(int min, int max)
    {
        var result = ScoreScale.Create(min, max);

        Assert.Equal("subsidy.scale.empty", result.Error?.Code);
        Assert.Equal("scaleMax", result.Error?.Field);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Contains_Score_IncludesBounds(int score, bool expected)
    {
        Assert.Equal(expected, ScoreScale.Create(1, 5).Value.Contains(score));
    }
}
