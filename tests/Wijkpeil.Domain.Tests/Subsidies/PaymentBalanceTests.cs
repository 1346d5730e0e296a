using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class PaymentBalanceTests
{
    [Fact]
    public void Of_SettledAbovePaid_RemainderToPay()
    {
        var balance = PaymentBalance.Of(Money.FromCents(5_000_00), Money.FromCents(4_000_00));

        Assert.Equal(Money.FromCents(1_000_00), balance.Remainder);
        Assert.Equal(Money.Zero, balance.Reclaim);
        Assert.False(balance.IsSquare);
    }

    [Fact]
    public void Of_SettledBelowPaid_ReclaimTheDifference()
    {
        // An advance of 4 000 on a subsidy settled at 3 750.50: 249.50 is reclaimed (Awb 4:57).
        var balance = PaymentBalance.Of(Money.FromCents(3_750_50), Money.FromCents(4_000_00));

        Assert.Equal(Money.Zero, balance.Remainder);
        Assert.Equal(Money.FromCents(249_50), balance.Reclaim);
    }

    [Fact]
    public void Of_SettledEqualsPaid_Square()
    {
        var balance = PaymentBalance.Of(Money.FromCents(100), Money.FromCents(100));

        Assert.True(balance.IsSquare);
        Assert.Equal(Money.Zero, balance.Remainder);
        Assert.Equal(Money.Zero, balance.Reclaim);
    }

    [Fact]
    public void Of_SettledZeroNothingPaid_Square()
    {
        Assert.True(PaymentBalance.Of(Money.Zero, Money.Zero).IsSquare);
    }

    [Fact]
    public void Of_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentBalance.Of(Money.FromCents(-1), Money.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentBalance.Of(Money.Zero, Money.FromCents(-1)));
    }
}
