using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Tests.Observations;

/// <summary>Implausible figures by kind and unit (issue 9, point 9): negative counts, 1e15, fractional inhabitants, negative distances.</summary>
public sealed class MeasurementPlausibilityTests
{
    [Theory]
    [InlineData(-1.0, "measurement.negative")]
    [InlineData(2.5, "measurement.count_not_whole")]
    [InlineData(1e15, "measurement.implausible_magnitude")]
    public void Create_ImplausibleCount_Refused(double value, string code)
    {
        var result = Measurement.Create(IndicatorKind.Count, value, unit: "aantal");

        Assert.Equal(code, result.Error?.Code);
    }

    [Theory]
    [InlineData(IndicatorKind.Mean, "km", -0.4)]
    [InlineData(IndicatorKind.Score, "km", -1.0)]
    [InlineData(IndicatorKind.Rate, "inwoners per km²", -3.0)]
    [InlineData(IndicatorKind.Rate, "", -3.0)]
    [InlineData(IndicatorKind.Score, "ha", -10.0)]
    [InlineData(IndicatorKind.Mean, "gemiddeld aantal", -2.1)]
    public void Create_NegativeWhereUnitOrKindCannotBe_Refused(IndicatorKind kind, string unit, double value)
    {
        var result = Measurement.Create(kind, value, unit: unit);

        Assert.Equal("measurement.negative", result.Error?.Code);
        Assert.Contains("negatief", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NegativeIntervalBoundOfDistance_Refused()
    {
        var result = Measurement.Create(IndicatorKind.Mean, 0.3, -0.1, 0.8, unit: "km");

        Assert.Equal("measurement.negative", result.Error?.Code);
    }

    [Theory]
    [InlineData(IndicatorKind.Score, null, -1e15)]
    [InlineData(IndicatorKind.Mean, "x 1.000 euro", 2e12)]
    [InlineData(IndicatorKind.Percentage, "%", 1e308)]
    public void Create_BeyondTenToTheTwelfth_Refused(IndicatorKind kind, string? unit, double value)
    {
        var result = Measurement.Create(kind, value, unit: unit);

        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData(IndicatorKind.Count, "aantal", 931_298.0)]
    [InlineData(IndicatorKind.Count, "ha", 0.0)]
    [InlineData(IndicatorKind.Mean, "km", 0.7)]
    [InlineData(IndicatorKind.Mean, "gemiddeld aantal", 2.1)]
    [InlineData(IndicatorKind.Mean, "x 1.000 euro", -12.5)]
    [InlineData(IndicatorKind.Score, null, -3.5)]
    [InlineData(IndicatorKind.Rate, "inwoners per km²", 7_034.0)]
    [InlineData(IndicatorKind.Score, null, 1e12)]
    public void Create_PlausibleFigures_Accepted(IndicatorKind kind, string? unit, double value)
    {
        var result = Measurement.Create(kind, value, unit: unit);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Create_NotFinite_Refused(double value)
    {
        Assert.Equal("measurement.not_finite", Measurement.Create(IndicatorKind.Score, value).Error?.Code);
    }
}
