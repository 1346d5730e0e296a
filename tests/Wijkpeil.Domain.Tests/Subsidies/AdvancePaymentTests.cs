using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class AdvancePaymentTests
{
    [Theory]
    [InlineData(5_000_00L, 80, 4_000_00L)]
    [InlineData(1_234_57L, 80, 987_65L)] // 987.656 rounds down: an advance never exceeds its share
    [InlineData(1_000_00L, 0, 0L)]
    [InlineData(1_000_01L, 100, 1_000_01L)]
    public void For_GrantedAndPercent_RoundsDownToCent(long grantedCents, int percent, long expectedCents)
    {
        Assert.Equal(Money.FromCents(expectedCents), AdvancePayment.For(Money.FromCents(grantedCents), percent));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void For_PercentOutside0To100_Throws(int percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AdvancePayment.For(Money.FromCents(100), percent));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void CheckPercent_Bounds_Accepted(int percent)
    {
        Assert.Equal(percent, AdvancePayment.CheckPercent(percent).Value);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void CheckPercent_Outside_ReturnsOutOfRange(int percent)
    {
        var result = AdvancePayment.CheckPercent(percent);

        Assert.Equal("subsidy.advance.percent_out_of_range", result.Error?.Code);
        Assert.Equal("advancePercent", result.Error?.Field);
        Assert.Equal([percent], result.Error?.Arguments);
    }
}
