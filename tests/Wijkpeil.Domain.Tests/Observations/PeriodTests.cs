using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Tests.Observations;

public sealed class PeriodTests
{
    [Fact]
    public void ForYear_Year_HasYearCodeAndLabel()
    {
        var period = Period.ForYear(2020);

        Assert.Equal("2020", period.Code);
        Assert.Equal(2020, period.Year);
        Assert.Equal(PeriodKind.Year, period.Kind);
        Assert.Equal("2020", period.Label);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void ForYear_YearAtBoundary_Succeeds(int year)
    {
        Assert.Equal(year, Period.ForYear(year).Year);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void ForYear_YearOutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.ForYear(year));
    }

    [Theory]
    [InlineData("2020JJ00", "2020")]
    [InlineData("2020", "2020")]
    [InlineData("  2022JJ00 ", "2022")]
    [InlineData("1900", "1900")]
    [InlineData("2200JJ00", "2200")]
    public void ParseCode_YearOrStatLineYear_ReturnsYearCode(string text, string expected)
    {
        var result = Period.ParseCode(text);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("2020KW01")] // a quarter, not a year
    [InlineData("2020MM03")]
    [InlineData("2020JJ01")]
    [InlineData("2020jj00")]
    [InlineData("20201")]
    [InlineData("202")]
    [InlineData("1899")]
    [InlineData("2201")]
    [InlineData("+202")]
    [InlineData("abcd")]
    [InlineData("2023-meting")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseCode_OtherText_ReturnsPeriodInvalid(string? text)
    {
        var result = Period.ParseCode(text);

        Assert.Equal("period.invalid", result.Error?.Code);
    }

    [Fact]
    public void Wave_CodeAndLabel_TrimsBoth()
    {
        var period = Period.Wave(" 2023-meting ", 2023, " Meting najaar 2023 ");

        Assert.Equal("2023-meting", period.Code);
        Assert.Equal(2023, period.Year);
        Assert.Equal(PeriodKind.Wave, period.Kind);
        Assert.Equal("Meting najaar 2023", period.Label);
    }

    [Fact]
    public void Wave_BlankLabel_UsesCode()
    {
        Assert.Equal("2023-meting", Period.Wave("2023-meting", 2023, " ").Label);
    }

    [Fact]
    public void Wave_BlankCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => Period.Wave(" ", 2023, "Meting"));
    }
}
