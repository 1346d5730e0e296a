using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1234.56", 123456L)]
    [InlineData("0.01", 1L)]
    [InlineData("0", 0L)]
    [InlineData("-12.5", -1250L)]
    [InlineData("7.500", 750L)]
    public void FromEuros_WholeCents_HoldsExactCents(string euros, long cents)
    {
        var result = Money.FromEuros(decimal.Parse(euros, CultureInfo.InvariantCulture));

        Assert.True(result.IsSuccess);
        Assert.Equal(cents, result.Value.Cents);
    }

    [Fact]
    public void FromEuros_ThreeDecimals_ReturnsCents()
    {
        var result = Money.FromEuros(10.005m, "amount");

        Assert.Equal("money.cents", result.Error?.Code);
        Assert.Equal("10.005 euro heeft meer dan twee decimalen (verwacht hele centen).", result.Error?.Message);
        Assert.Equal("amount", result.Error?.Field);
        Assert.Equal([10.005m], result.Error?.Arguments);
    }

    [Fact]
    public void FromEuros_ExactlyMax_Succeeds()
    {
        Assert.Equal(Money.Max, Money.FromEuros(100_000_000m).Value);
        Assert.Equal(-Money.Max, Money.FromEuros(-100_000_000m).Value);
    }

    [Theory]
    [InlineData("100000000.01")]
    [InlineData("-100000000.01")]
    public void FromEuros_AboveMax_ReturnsTooLarge(string euros)
    {
        var amount = decimal.Parse(euros, CultureInfo.InvariantCulture);

        var result = Money.FromEuros(amount, "plafond");

        Assert.Equal("money.too_large", result.Error?.Code);
        Assert.Equal("plafond", result.Error?.Field);
        Assert.Equal([amount, 100_000_000m], result.Error?.Arguments);
    }

    [Fact]
    public void FromEuros_DecimalMaxValue_ReturnsTooLargeInsteadOfOverflowing()
    {
        // euros × 100 does not fit in a decimal: a person can type this, so it must be a failure, not an exception.
        Assert.Equal("money.too_large", Money.FromEuros(decimal.MaxValue).Error?.Code);
        Assert.Equal("money.too_large", Money.FromEuros(decimal.MinValue).Error?.Code);
    }

    [Fact]
    public void CreatePositive_Zero_ReturnsNotPositive()
    {
        var result = Money.CreatePositive(0m, "amount");

        Assert.Equal("money.not_positive", result.Error?.Code);
        Assert.Equal("Het bedrag moet groter zijn dan 0 euro (gegeven 0).", result.Error?.Message);
        Assert.Equal("amount", result.Error?.Field);
    }

    [Fact]
    public void CreatePositive_Negative_ReturnsNotPositive()
    {
        Assert.Equal("money.not_positive", Money.CreatePositive(-0.01m).Error?.Code);
    }

    [Fact]
    public void CreatePositive_OneCent_Succeeds()
    {
        Assert.Equal(1L, Money.CreatePositive(0.01m).Value.Cents);
    }

    [Fact]
    public void CreatePositive_ThreeDecimals_KeepsTheCentsError()
    {
        Assert.Equal("money.cents", Money.CreatePositive(0.001m).Error?.Code);
    }

    [Fact]
    public void CreateNonNegative_ZeroAndNegative_AcceptsZeroRefusesNegative()
    {
        Assert.True(Money.CreateNonNegative(0m).Value.IsZero);
        var negative = Money.CreateNonNegative(-5m, "minimum");
        Assert.Equal("money.negative", negative.Error?.Code);
        Assert.Equal("Het bedrag kan niet negatief zijn (gegeven -5 euro).", negative.Error?.Message);
        Assert.Equal("minimum", negative.Error?.Field);
    }

    [Fact]
    public void Euros_Cents_IsExactDecimal()
    {
        Assert.Equal(1234.05m, Money.FromCents(123405).Euros);
        Assert.Equal(-0.01m, Money.FromCents(-1).Euros);
    }

    [Theory]
    [InlineData(1000_00L, 25, 250_00L)]
    [InlineData(333L, 50, 166L)]
    [InlineData(999L, 33, 329L)]
    [InlineData(1000_00L, 0, 0L)]
    [InlineData(1000_01L, 100, 1000_01L)]
    public void Percent_Amount_RoundsDownToWholeCent(long cents, int percent, long expected)
    {
        Assert.Equal(expected, Money.FromCents(cents).Percent(percent).Cents);
    }

    [Fact]
    public void Percent_NegativePercent_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromCents(100).Percent(-1));
    }

    [Fact]
    public void Percent_ProductOverflowsLong_ThrowsInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MaxValue / 50).Percent(60));
    }

    [Fact]
    public void Sum_Amounts_AddsCentsExactly()
    {
        // 0.10 + 0.20 is 0.30 exactly, unlike binary floating point.
        var sum = Money.Sum([Money.FromCents(10), Money.FromCents(20)]);

        Assert.Equal(Money.FromCents(30), sum);
        Assert.Equal(Money.Zero, Money.Sum([]));
    }

    [Fact]
    public void Operators_AddSubtractNegate_AreExact()
    {
        var a = Money.FromCents(1050);
        var b = Money.FromCents(250);

        Assert.Equal(Money.FromCents(1300), a + b);
        Assert.Equal(Money.FromCents(800), a - b);
        Assert.Equal(Money.FromCents(-800), b - a);
        Assert.Equal(Money.FromCents(-1050), -a);
        Assert.Equal(a + b, a.Add(b));
        Assert.Equal(a - b, a.Subtract(b));
        Assert.Equal(-a, a.Negate());
    }

    [Fact]
    public void Addition_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MaxValue) + Money.FromCents(1));
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MinValue) - Money.FromCents(1));
    }

    [Fact]
    public void Comparison_Amounts_OrderByCents()
    {
        var small = Money.FromCents(1);
        var large = Money.FromCents(2);

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= Money.FromCents(1));
        Assert.True(large >= Money.FromCents(2));
        Assert.False(small > large);
        Assert.Equal(-1, small.CompareTo(large));
        Assert.Equal(0, small.CompareTo(Money.FromCents(1)));
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(large, Money.Larger(small, large));
    }

    [Fact]
    public void Equality_SameCents_AreEqual()
    {
        Assert.Equal(Money.FromEuros(12.5m).Value, Money.FromCents(1250));
        Assert.True(Money.FromCents(0).IsZero);
        Assert.Equal(Money.Zero, default);
    }

    [Theory]
    [InlineData(123450L, "1234.50")]
    [InlineData(5L, "0.05")]
    [InlineData(-1250L, "-12.50")]
    [InlineData(0L, "0.00")]
    public void ToString_Cents_InvariantTwoDecimals(long cents, string expected)
    {
        Assert.Equal(expected, Money.FromCents(cents).ToString());
    }

    [Fact]
    public void ToString_DutchCulture_StaysInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            Assert.Equal("1234.50", Money.FromCents(123450).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
