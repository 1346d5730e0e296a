using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Tests.Observations;

public sealed class BreakdownTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NormaliseCode_Empty_ReturnsTotal(string? text)
    {
        Assert.Equal(Breakdown.TotalCode, Breakdown.NormaliseCode(text));
        Assert.Equal("totaal", Breakdown.NormaliseCode(text));
    }

    [Theory]
    [InlineData("18+", "18+")]
    [InlineData("  65+ ", "65+")]
    [InlineData("totaal", "totaal")]
    public void NormaliseCode_Code_ReturnsTrimmedCode(string text, string expected)
    {
        Assert.Equal(expected, Breakdown.NormaliseCode(text));
    }

    [Fact]
    public void Constructor_BlankNames_FallBackToCode()
    {
        var breakdown = new Breakdown(" 65+ ", "", " ");

        Assert.Equal("65+", breakdown.Code);
        Assert.Equal("65+", breakdown.NameNl);
        Assert.Equal("65+", breakdown.NameEn);
    }

    [Fact]
    public void Constructor_BlankEnglishName_FallsBackToDutchName()
    {
        var breakdown = new Breakdown("65+", " 65 jaar en ouder ", "");

        Assert.Equal("65 jaar en ouder", breakdown.NameNl);
        Assert.Equal("65 jaar en ouder", breakdown.NameEn);
    }

    [Fact]
    public void Constructor_BlankCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Breakdown(" ", "Naam", "Name"));
    }
}
