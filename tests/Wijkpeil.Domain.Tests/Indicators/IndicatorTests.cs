using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.Domain.Tests.Indicators;

public sealed class IndicatorTests
{
    private static Indicator GoodHealth() =>
        Indicator.Create("ErvarenGezondheidGoed", "Ervaren gezondheid goed", "Good self-rated health", IndicatorKind.Percentage, Polarity.HigherIsBetter, "%").Value;

    [Fact]
    public void Create_ValidArguments_TrimsFieldsAndIsNotCurated()
    {
        var result = Indicator.Create("  ErvarenGezondheidGoed ", " Ervaren gezondheid goed ", " Good self-rated health ", IndicatorKind.Percentage, Polarity.HigherIsBetter, " % ");

        Assert.True(result.IsSuccess);
        var indicator = result.Value;
        Assert.Equal("ErvarenGezondheidGoed", indicator.Code);
        Assert.Equal("Ervaren gezondheid goed", indicator.NameNl);
        Assert.Equal("Good self-rated health", indicator.NameEn);
        Assert.Equal("%", indicator.Unit);
        Assert.Equal(IndicatorKind.Percentage, indicator.Kind);
        Assert.Equal(Polarity.HigherIsBetter, indicator.Polarity);
        Assert.False(indicator.IsCurated);
        Assert.Empty(indicator.SourceMappings);
        Assert.Equal(string.Empty, indicator.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Create_BlankEnglishName_FallsBackToDutchName(string nameEn)
    {
        var indicator = Indicator.Create("Inwoners", "Aantal inwoners", nameEn, IndicatorKind.Count, Polarity.Neutral, "aantal").Value;

        Assert.Equal("Aantal inwoners", indicator.NameEn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ervaren gezondheid")] // inner space
    [InlineData("Ervaren\tgezondheid")]
    public void Create_InvalidCode_ReturnsIndicatorCodeInvalid(string code)
    {
        var result = Indicator.Create(code, "Naam", "Name", IndicatorKind.Percentage, Polarity.Neutral, "%");

        Assert.Equal("indicator.code.invalid", result.Error?.Code);
    }

    [Fact]
    public void Create_CodeOfMaximumLength_Succeeds()
    {
        var result = Indicator.Create(new string('a', Indicator.MaxCodeLength), "Naam", "Name", IndicatorKind.Score, Polarity.Neutral, "");

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Create_CodeOneOverMaximumLength_ReturnsIndicatorCodeInvalid()
    {
        var result = Indicator.Create(new string('a', Indicator.MaxCodeLength + 1), "Naam", "Name", IndicatorKind.Score, Polarity.Neutral, "");

        Assert.Equal("indicator.code.invalid", result.Error?.Code);
    }

    [Fact]
    public void Create_NullCode_ReturnsIndicatorCodeInvalid()
    {
        var result = Indicator.Create(null!, "Naam", "Name", IndicatorKind.Score, Polarity.Neutral, "");

        Assert.Equal("indicator.code.invalid", result.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_BlankDutchName_ReturnsIndicatorNameRequired(string nameNl)
    {
        var result = Indicator.Create("Code", nameNl, "Name", IndicatorKind.Score, Polarity.Neutral, "");

        Assert.Equal("indicator.name.required", result.Error?.Code);
    }

    [Fact]
    public void Describe_Fields_TrimsAndMarksCurated()
    {
        var indicator = GoodHealth();

        indicator.Describe(" Percentage dat ... ", "Share who ...", " RIVM/GGD Gezondheidsmonitor (CBS 50090NED) ", " inwoners van 18 jaar en ouder ");

        Assert.True(indicator.IsCurated);
        Assert.Equal("Percentage dat ...", indicator.DefinitionNl);
        Assert.Equal("RIVM/GGD Gezondheidsmonitor (CBS 50090NED)", indicator.Source);
        Assert.Equal("inwoners van 18 jaar en ouder", indicator.PopulationGroup);
    }

    [Fact]
    public void Rename_BlankEnglishName_UsesDutchName()
    {
        var indicator = GoodHealth();

        indicator.Rename(" Goede gezondheid ", "");

        Assert.Equal("Goede gezondheid", indicator.NameNl);
        Assert.Equal("Goede gezondheid", indicator.NameEn);
        Assert.Throws<ArgumentException>(() => indicator.Rename("", "Name"));
    }

    [Fact]
    public void Classify_NewKind_ReplacesKindPolarityAndUnit()
    {
        var indicator = GoodHealth();

        indicator.Classify(IndicatorKind.Count, Polarity.HigherIsWorse, " aantal ");

        Assert.Equal(IndicatorKind.Count, indicator.Kind);
        Assert.Equal(Polarity.HigherIsWorse, indicator.Polarity);
        Assert.Equal("aantal", indicator.Unit);
    }

    [Fact]
    public void MapSource_NewMapping_AddsTrimmedMappingAndReturnsTrue()
    {
        var indicator = GoodHealth();

        var added = indicator.MapSource(" 50090NED ", " ErvarenGezondheidGoedZeerGoed_4 ");

        Assert.True(added);
        var mapping = Assert.Single(indicator.SourceMappings);
        Assert.Equal("50090NED", mapping.SourceTable);
        Assert.Equal("ErvarenGezondheidGoedZeerGoed_4", mapping.MeasureKey);
    }

    [Fact]
    public void MapSource_SameMappingTwice_ReturnsFalseAndKeepsOne()
    {
        var indicator = GoodHealth();
        indicator.MapSource("50090NED", "ErvarenGezondheidGoedZeerGoed_4");

        var added = indicator.MapSource("50090NED", "ErvarenGezondheidGoedZeerGoed_4");

        Assert.False(added);
        Assert.Single(indicator.SourceMappings);
    }

    [Fact]
    public void MapSource_SameMappingWithPadding_ReturnsFalseAndKeepsOne()
    {
        var indicator = GoodHealth();
        indicator.MapSource("50090NED", "ErvarenGezondheidGoedZeerGoed_4");

        var added = indicator.MapSource("50090NED ", " ErvarenGezondheidGoedZeerGoed_4");

        Assert.False(added);
        Assert.Single(indicator.SourceMappings);
    }

    [Fact]
    public void MapSource_OtherTableSameKey_AddsSecondMapping()
    {
        var indicator = GoodHealth();
        indicator.MapSource("50090NED", "ErvarenGezondheidGoedZeerGoed_4");

        Assert.True(indicator.MapSource("85012NED", "ErvarenGezondheidGoedZeerGoed_4"));
        Assert.Equal(2, indicator.SourceMappings.Count);
    }

    [Theory]
    [InlineData("", "Key")]
    [InlineData("50090NED", " ")]
    public void MapSource_BlankArgument_Throws(string table, string key)
    {
        Assert.Throws<ArgumentException>(() => GoodHealth().MapSource(table, key));
    }
}
