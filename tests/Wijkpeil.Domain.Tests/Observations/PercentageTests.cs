using System.Globalization;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Tests.Observations;

public sealed class PercentageTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(63.5)]
    [InlineData(99.9)]
    [InlineData(100.0)]
    public void Create_ValueWithinZeroToHundred_Succeeds(double value)
    {
        var result = Percentage.Create(value);

        Assert.True(result.IsSuccess);
        Assert.Equal(value, result.Value.Value);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(-100.0)]
    [InlineData(100.1)]
    [InlineData(140.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Create_ValueOutsideZeroToHundred_ReturnsOutOfRange(double value)
    {
        var result = Percentage.Create(value);

        Assert.False(result.IsSuccess);
        Assert.Equal("percentage.out_of_range", result.Error!.Code);
    }

    [Fact]
    public void Create_OutOfRangeUnderDutchCulture_WritesValueWithDecimalPoint()
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var result = Percentage.Create(100.5);

            Assert.StartsWith("100.5 ", result.Error!.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(35.0, 0.35)]
    [InlineData(100.0, 1.0)]
    public void AsFraction_Percentage_DividesByHundred(double value, double fraction)
    {
        Assert.Equal(fraction, Percentage.Create(value).Value.AsFraction, 1e-12);
    }

    [Fact]
    public void ToString_Percentage_UsesInvariantCulture()
    {
        Assert.Equal("63.5", Percentage.Create(63.5).Value.ToString());
    }
}
