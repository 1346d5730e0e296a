using System.Globalization;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Tests.Observations;

public sealed class MeasurementTests
{
    [Fact]
    public void Create_ValueWithIntervalAndSampleSize_KeepsAll()
    {
        var result = Measurement.Create(IndicatorKind.Percentage, 63.5, 60.1, 66.9, 412);

        Assert.True(result.IsSuccess);
        var measurement = result.Value;
        Assert.Equal(63.5, measurement.Value);
        Assert.Equal(60.1, measurement.Lower);
        Assert.Equal(66.9, measurement.Upper);
        Assert.Equal(412, measurement.SampleSize);
        Assert.True(measurement.HasInterval);
    }

    [Fact]
    public void Create_ValueOnly_HasNoInterval()
    {
        var measurement = Measurement.Create(IndicatorKind.Count, 12_345).Value;

        Assert.False(measurement.HasInterval);
        Assert.Null(measurement.Lower);
        Assert.Null(measurement.Upper);
        Assert.Null(measurement.SampleSize);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(100.0)]
    public void Create_PercentageAtBoundary_Succeeds(double value)
    {
        Assert.True(Measurement.Create(IndicatorKind.Percentage, value).IsSuccess);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(140.0)]
    public void Create_PercentageOutsideZeroToHundred_ReturnsOutOfRange(double value)
    {
        var result = Measurement.Create(IndicatorKind.Percentage, value);

        Assert.Equal("percentage.out_of_range", result.Error?.Code);
    }

    [Theory]
    [InlineData(1.0, -0.1, 2.0)] // lower bound below 0
    [InlineData(99.0, 98.0, 100.1)] // upper bound above 100
    public void Create_PercentageIntervalOutsideZeroToHundred_ReturnsOutOfRange(double value, double lower, double upper)
    {
        var result = Measurement.Create(IndicatorKind.Percentage, value, lower, upper);

        Assert.Equal("percentage.out_of_range", result.Error?.Code);
    }

    [Theory]
    [InlineData(IndicatorKind.Count)]
    [InlineData(IndicatorKind.Rate)]
    [InlineData(IndicatorKind.Mean)]
    [InlineData(IndicatorKind.Score)]
    public void Create_NonPercentageAboveHundred_Succeeds(IndicatorKind kind)
    {
        Assert.True(Measurement.Create(kind, 140.0, 120.0, 160.0).IsSuccess);
    }

    [Fact]
    public void Create_LowerWithoutUpper_ReturnsIntervalIncomplete()
    {
        var result = Measurement.Create(IndicatorKind.Percentage, 63.5, lower: 60.1);

        Assert.Equal("measurement.interval.incomplete", result.Error?.Code);
    }

    [Fact]
    public void Create_UpperWithoutLower_ReturnsIntervalIncomplete()
    {
        var result = Measurement.Create(IndicatorKind.Percentage, 63.5, upper: 66.9);

        Assert.Equal("measurement.interval.incomplete", result.Error?.Code);
    }

    [Theory]
    [InlineData(63.6, 66.9)] // lower above value
    [InlineData(60.1, 63.4)] // upper below value
    [InlineData(66.9, 60.1)] // bounds swapped
    public void Create_IntervalExcludingValue_ReturnsExcludesValue(double lower, double upper)
    {
        var result = Measurement.Create(IndicatorKind.Percentage, 63.5, lower, upper);

        Assert.Equal("measurement.interval.excludes_value", result.Error?.Code);
    }

    [Fact]
    public void Create_ZeroWidthIntervalAtValue_Succeeds()
    {
        Assert.True(Measurement.Create(IndicatorKind.Percentage, 63.5, 63.5, 63.5).IsSuccess);
    }

    [Fact]
    public void Create_IntervalExcludingValueUnderDutchCulture_WritesNumbersWithDecimalPoint()
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var result = Measurement.Create(IndicatorKind.Mean, 6.5, 7.25, 8.5);

            Assert.Contains("[7.25; 8.5]", result.Error!.Message, StringComparison.Ordinal);
            Assert.Contains("6.5", result.Error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Create_NonPositiveSampleSize_ReturnsSampleSizeInvalid(int sampleSize)
    {
        var result = Measurement.Create(IndicatorKind.Percentage, 63.5, sampleSize: sampleSize);

        Assert.Equal("measurement.sample_size.invalid", result.Error?.Code);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(29)]
    [InlineData(int.MaxValue)]
    public void Create_PositiveSampleSize_Succeeds(int sampleSize)
    {
        Assert.Equal(sampleSize, Measurement.Create(IndicatorKind.Percentage, 63.5, sampleSize: sampleSize).Value.SampleSize);
    }

    [Theory]
    [InlineData(double.NaN, null, null)]
    [InlineData(double.PositiveInfinity, null, null)]
    [InlineData(double.NegativeInfinity, null, null)]
    [InlineData(5.0, double.NaN, 6.0)]
    [InlineData(5.0, 4.0, double.PositiveInfinity)]
    public void Create_NonFiniteNumber_ReturnsNotFinite(double value, double? lower, double? upper)
    {
        var result = Measurement.Create(IndicatorKind.Mean, value, lower, upper);

        Assert.Equal("measurement.not_finite", result.Error?.Code);
    }

    [Fact]
    public void FromStore_StoredFields_EqualsCreatedMeasurement()
    {
        var created = Measurement.Create(IndicatorKind.Percentage, 63.5, 60.1, 66.9, 412).Value;

        var stored = Measurement.FromStore(63.5, 60.1, 66.9, 412);

        Assert.Equal(created, stored);
    }
}
