using Wijkpeil.Domain.Areas;

namespace Wijkpeil.Domain.Tests.Areas;

public sealed class AreaCodeTests
{
    [Theory]
    [InlineData("NL00", AreaLevel.Country)]
    [InlineData("NL01", AreaLevel.Country)]
    [InlineData("PV25", AreaLevel.Province)]
    [InlineData("GM0344", AreaLevel.Municipality)]
    [InlineData("WK034403", AreaLevel.District)]
    [InlineData("BU03440301", AreaLevel.Neighbourhood)]
    [InlineData("WK0363AA", AreaLevel.District)] // Amsterdam letters its wijken and buurten
    [InlineData("BU0363AA01", AreaLevel.Neighbourhood)]
    public void TryParse_ValidCode_ReturnsCodeWithLevel(string text, AreaLevel level)
    {
        var parsed = AreaCode.TryParse(text, out var code);

        Assert.True(parsed);
        Assert.Equal(text, code.Value);
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData("WK034403  ")]
    [InlineData("  WK034403")]
    [InlineData("\tWK034403 ")]
    public void TryParse_SpacePaddedCode_ReturnsTrimmedCode(string text)
    {
        var parsed = AreaCode.TryParse(text, out var code);

        Assert.True(parsed);
        Assert.Equal("WK034403", code.Value);
        Assert.Equal(AreaLevel.District, code.Level);
    }

    [Theory]
    [InlineData("wk034403")] // letters must be upper case
    [InlineData("Wk034403")]
    [InlineData("WK03440")] // seven characters: too short for a wijk
    [InlineData("WK0344033")] // nine characters: too long for a wijk
    [InlineData("GM034")]
    [InlineData("GM03440")]
    [InlineData("BU034403")]
    [InlineData("BU0344030")]
    [InlineData("PV2")]
    [InlineData("PV255")]
    [InlineData("XX0344")] // unknown prefix
    [InlineData("NL02")] // only NL00 and NL01 denote the country
    [InlineData("NL0")]
    [InlineData("WK03O403")] // letter O, not digit zero, in the gemeente number
    [InlineData("WK0363aa")] // Amsterdam's letters are capitals
    [InlineData("WK 34403")]
    [InlineData("WK-34403")]
    [InlineData("GM")]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_InvalidCode_ReturnsFalse(string text)
    {
        var parsed = AreaCode.TryParse(text, out var code);

        Assert.False(parsed);
        Assert.Equal(default, code);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(AreaCode.TryParse(null, out _));
    }

    [Fact]
    public void Parse_ValidCode_ReturnsSuccess()
    {
        var result = AreaCode.Parse("GM0344 ");

        Assert.True(result.IsSuccess);
        Assert.Equal("GM0344", result.Value.Value);
    }

    [Theory]
    [InlineData("wk034403")]
    [InlineData("GM034")]
    [InlineData("")]
    public void Parse_InvalidCode_ReturnsAreaCodeInvalidError(string text)
    {
        var result = AreaCode.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("area.code.invalid", result.Error!.Code);
        Assert.Contains($"'{text}'", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ReturnsAreaCodeInvalidError()
    {
        var result = AreaCode.Parse(null);

        Assert.Equal("area.code.invalid", result.Error?.Code);
    }

    [Fact]
    public void From_InvalidCode_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => AreaCode.From("GM034"));

        Assert.Equal("text", exception.ParamName);
    }

    [Fact]
    public void From_ValidCode_ReturnsCode()
    {
        Assert.Equal(AreaLevel.Neighbourhood, AreaCode.From("BU03550205").Level);
    }

    [Theory]
    [InlineData("GM0344", true)]
    [InlineData("WK034403  ", true)]
    [InlineData("gm0344", false)]
    [InlineData(null, false)]
    public void IsValid_Text_ReportsValidity(string? text, bool expected)
    {
        Assert.Equal(expected, AreaCode.IsValid(text));
    }

    [Theory]
    [InlineData("BU03550205", "WK035502", AreaLevel.District)]
    [InlineData("WK035603", "GM0356", AreaLevel.Municipality)]
    [InlineData("WK034403", "GM0344", AreaLevel.Municipality)]
    [InlineData("PV25", "NL00", AreaLevel.Country)]
    public void DerivedParent_CodeWithParentInIt_ReturnsParent(string text, string parent, AreaLevel parentLevel)
    {
        var derived = AreaCode.From(text).DerivedParent;

        Assert.NotNull(derived);
        Assert.Equal(parent, derived.Value.Value);
        Assert.Equal(parentLevel, derived.Value.Level);
    }

    [Theory]
    [InlineData("GM0356")] // the province is not in a gemeente code
    [InlineData("NL00")]
    [InlineData("NL01")]
    public void DerivedParent_CodeWithoutParentInIt_ReturnsNull(string text)
    {
        Assert.Null(AreaCode.From(text).DerivedParent);
    }

    [Fact]
    public void DerivedParent_Neighbourhood_ClimbsToMunicipalityInTwoSteps()
    {
        var buurt = AreaCode.From("BU03550205");

        var gemeente = buurt.DerivedParent!.Value.DerivedParent;

        Assert.Equal(AreaCode.From("GM0355"), gemeente);
    }

    [Theory]
    [InlineData("BU03550205", "GM0355")]
    [InlineData("WK035603", "GM0356")]
    [InlineData("GM0344", "GM0344")]
    public void Municipality_CodeWithinMunicipality_ReturnsMunicipality(string text, string municipality)
    {
        var result = AreaCode.From(text).Municipality;

        Assert.Equal(AreaCode.From(municipality), result);
        Assert.Equal(AreaLevel.Municipality, result!.Value.Level);
    }

    [Theory]
    [InlineData("PV25")]
    [InlineData("NL00")]
    public void Municipality_ProvinceOrCountry_ReturnsNull(string text)
    {
        Assert.Null(AreaCode.From(text).Municipality);
    }

    [Fact]
    public void Equals_PaddedAndUnpaddedCode_AreEqual()
    {
        Assert.Equal(AreaCode.From("WK034403"), AreaCode.From("WK034403  "));
        Assert.Equal(AreaCode.From("WK034403").GetHashCode(), AreaCode.From("  WK034403").GetHashCode());
    }

    [Fact]
    public void CompareTo_Codes_OrdersOrdinally()
    {
        var gm = AreaCode.From("GM0344");
        var wk = AreaCode.From("WK034403");
        var bu = AreaCode.From("BU03440301");

        Assert.True(bu < gm);
        Assert.True(gm < wk);
        Assert.True(wk > bu);
        Assert.True(gm <= AreaCode.From("GM0344"));
        Assert.True(gm >= AreaCode.From("GM0344"));
        Assert.Equal(0, gm.CompareTo(AreaCode.From("GM0344 ")));
        Assert.Equal([bu, gm, wk], new[] { wk, bu, gm }.Order());
    }

    [Fact]
    public void ToString_Code_ReturnsValue()
    {
        Assert.Equal("BU03550205", AreaCode.From(" BU03550205 ").ToString());
    }
}
