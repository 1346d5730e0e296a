using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Tests.Programmes;

public sealed class ProgrammeTests
{
    private static readonly AreaCode BatauNoord = AreaCode.From("WK035603");
    private static readonly AreaCode BatauZuid = AreaCode.From("WK035604");
    private static readonly AreaCode Vollenhove = AreaCode.From("BU03550205");
    private static readonly AreaCode UtrechtWijk = AreaCode.From("WK034403");

    private static Programme VitaleWijken() => new("vitale-wijken", "Vitale Wijken");

    [Fact]
    public void Constructor_CodeAndName_TrimsBoth()
    {
        var programme = new Programme(" vitale-wijken ", " Vitale Wijken ");

        Assert.Equal("vitale-wijken", programme.Code);
        Assert.Equal("Vitale Wijken", programme.Name);
        Assert.Empty(programme.FocusAreas);
        Assert.Empty(programme.Pillars);
    }

    [Theory]
    [InlineData("", "Vitale Wijken")]
    [InlineData("vitale-wijken", " ")]
    public void Constructor_BlankCodeOrName_Throws(string code, string name)
    {
        Assert.Throws<ArgumentException>(() => new Programme(code, name));
    }

    [Fact]
    public void AddFocusArea_TwoWijkenOfOneGemeente_AddsFocusAreaInThatGemeente()
    {
        var programme = VitaleWijken();

        var result = programme.AddFocusArea("batau", "Batau", [BatauNoord, BatauZuid]);

        Assert.True(result.IsSuccess);
        var batau = Assert.Single(programme.FocusAreas);
        Assert.Same(result.Value, batau);
        Assert.Equal("batau", batau.Code);
        Assert.Equal("Batau", batau.Name);
        Assert.Equal(AreaCode.From("GM0356"), batau.MunicipalityCode);
        Assert.Equal([BatauNoord, BatauZuid], batau.Members);
    }

    [Fact]
    public void AddFocusArea_OneBuurt_AddsFocusAreaInItsGemeente()
    {
        var programme = VitaleWijken();

        var result = programme.AddFocusArea("vollenhove", "Vollenhove", [Vollenhove]);

        Assert.True(result.IsSuccess);
        Assert.Equal(AreaCode.From("GM0355"), result.Value.MunicipalityCode);
        Assert.Equal([Vollenhove], result.Value.Members);
    }

    [Fact]
    public void AddFocusArea_WijkAndBuurtOfOneGemeente_Succeeds()
    {
        var result = VitaleWijken().AddFocusArea("batau-plus", "Batau plus", [BatauNoord, AreaCode.From("BU03560701")]);

        Assert.True(result.IsSuccess);
        Assert.Equal(AreaCode.From("GM0356"), result.Value.MunicipalityCode);
    }

    [Fact]
    public void AddFocusArea_RepeatedAndUnorderedMembers_StoresDistinctSortedMembers()
    {
        var result = VitaleWijken().AddFocusArea("batau", "Batau", [BatauZuid, BatauNoord, AreaCode.From("WK035604  ")]);

        Assert.Equal([BatauNoord, BatauZuid], result.Value.Members);
    }

    [Fact]
    public void AddFocusArea_EmptyList_ReturnsFocusAreaEmpty()
    {
        var programme = VitaleWijken();

        var result = programme.AddFocusArea("batau", "Batau", []);

        Assert.Equal("focus_area.empty", result.Error?.Code);
        Assert.Empty(programme.FocusAreas);
    }

    [Theory]
    [InlineData("GM0356")]
    [InlineData("PV26")]
    [InlineData("NL00")]
    public void AddFocusArea_CodeAboveWijkLevel_ReturnsFocusAreaLevel(string code)
    {
        var programme = VitaleWijken();

        var result = programme.AddFocusArea("nieuwegein", "Nieuwegein", [AreaCode.From(code)]);

        Assert.Equal("focus_area.level", result.Error?.Code);
        Assert.Empty(programme.FocusAreas);
    }

    [Fact]
    public void AddFocusArea_GemeenteAmongWijken_ReturnsFocusAreaLevel()
    {
        var result = VitaleWijken().AddFocusArea("batau", "Batau", [BatauNoord, AreaCode.From("GM0356")]);

        Assert.Equal("focus_area.level", result.Error?.Code);
    }

    [Fact]
    public void AddFocusArea_WijkenOfTwoGemeenten_ReturnsFocusAreaMunicipality()
    {
        var programme = VitaleWijken();

        var result = programme.AddFocusArea("gemengd", "Gemengd", [BatauNoord, UtrechtWijk]);

        Assert.Equal("focus_area.municipality", result.Error?.Code);
        Assert.Empty(programme.FocusAreas);
    }

    [Fact]
    public void AddFocusArea_BuurtOfOtherGemeente_ReturnsFocusAreaMunicipality()
    {
        // BU03550205 lies in GM0355 (Zeist), WK035603 in GM0356 (Nieuwegein).
        var result = VitaleWijken().AddFocusArea("gemengd", "Gemengd", [BatauNoord, Vollenhove]);

        Assert.Equal("focus_area.municipality", result.Error?.Code);
    }

    [Fact]
    public void AddFocusArea_ExistingCode_ReturnsFocusAreaDuplicate()
    {
        var programme = VitaleWijken();
        programme.AddFocusArea("batau", "Batau", [BatauNoord, BatauZuid]);

        var result = programme.AddFocusArea("batau", "Batau opnieuw", [Vollenhove]);

        Assert.Equal("focus_area.duplicate", result.Error?.Code);
        Assert.Single(programme.FocusAreas);
    }

    [Fact]
    public void AddFocusArea_ExistingCodeWithPadding_ReturnsFocusAreaDuplicate()
    {
        var programme = VitaleWijken();
        programme.AddFocusArea("batau", "Batau", [BatauNoord, BatauZuid]);

        var result = programme.AddFocusArea(" batau ", "Batau opnieuw", [Vollenhove]);

        Assert.Equal("focus_area.duplicate", result.Error?.Code);
        Assert.Single(programme.FocusAreas);
    }

    [Fact]
    public void AddFocusArea_TwoFocusAreas_KeepsBoth()
    {
        var programme = VitaleWijken();

        programme.AddFocusArea("batau", "Batau", [BatauNoord, BatauZuid]);
        programme.AddFocusArea("vollenhove", "Vollenhove", [Vollenhove]);

        Assert.Equal(["batau", "vollenhove"], programme.FocusAreas.Select(f => f.Code));
    }

    [Fact]
    public void AddPillar_NewNumber_AddsPillar()
    {
        var programme = VitaleWijken();

        var result = programme.AddPillar(1, " Gezondheid ", "");

        Assert.True(result.IsSuccess);
        var pillar = Assert.Single(programme.Pillars);
        Assert.Equal(1, pillar.Number);
        Assert.Equal("Gezondheid", pillar.NameNl);
        Assert.Equal("Gezondheid", pillar.NameEn);
    }

    [Fact]
    public void AddPillar_ExistingNumber_ReturnsPillarDuplicate()
    {
        var programme = VitaleWijken();
        programme.AddPillar(1, "Gezondheid", "Health");

        var result = programme.AddPillar(1, "Wonen", "Housing");

        Assert.Equal("pillar.duplicate", result.Error?.Code);
        Assert.Single(programme.Pillars);
    }

    [Fact]
    public void AddPillar_NumberBelowOne_ReturnsPillarNumberInvalid()
    {
        var programme = VitaleWijken();

        var result = programme.AddPillar(0, "Gezondheid", "Health");

        Assert.Equal("pillar.number.invalid", result.Error?.Code);
        Assert.Empty(programme.Pillars);
    }

    [Fact]
    public void AddCoreIndicator_ExistingPillars_OrdersWithinEachPillar()
    {
        var programme = VitaleWijken();
        programme.AddPillar(1, "Gezondheid", "Health");
        programme.AddPillar(2, "Wonen", "Housing");

        var first = programme.AddCoreIndicator(10, 1, "18+");
        var second = programme.AddCoreIndicator(11, 2, "totaal");
        var third = programme.AddCoreIndicator(12, 1, "totaal");

        Assert.Equal(0, first.Value.Order);
        Assert.Equal(0, second.Value.Order);
        Assert.Equal(1, third.Value.Order);
        Assert.Equal(2, second.Value.PillarNumber);
        Assert.Equal([10, 11, 12], programme.CoreIndicators.Select(c => c.IndicatorId));
    }

    [Fact]
    public void AddCoreIndicator_UnknownPillar_ReturnsCoreIndicatorPillar()
    {
        var programme = VitaleWijken();
        programme.AddPillar(1, "Gezondheid", "Health");

        var result = programme.AddCoreIndicator(10, 2, "18+");

        Assert.Equal("core_indicator.pillar", result.Error?.Code);
        Assert.Empty(programme.CoreIndicators);
    }

    [Fact]
    public void AddCoreIndicator_SameIndicatorAndBreakdown_ReturnsCoreIndicatorDuplicate()
    {
        var programme = VitaleWijken();
        programme.AddPillar(1, "Gezondheid", "Health");
        programme.AddCoreIndicator(10, 1, "18+");

        var result = programme.AddCoreIndicator(10, 1, "18+");

        Assert.Equal("core_indicator.duplicate", result.Error?.Code);
        Assert.Single(programme.CoreIndicators);
    }

    [Fact]
    public void AddCoreIndicator_SameIndicatorOtherBreakdown_Succeeds()
    {
        var programme = VitaleWijken();
        programme.AddPillar(1, "Gezondheid", "Health");
        programme.AddCoreIndicator(10, 1, "18+");

        Assert.True(programme.AddCoreIndicator(10, 1, "65+").IsSuccess);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" totaal ")]
    [InlineData(null)]
    public void AddCoreIndicator_BreakdownWrittenDifferently_IsNormalisedAndDetectedAsDuplicate(string? breakdown)
    {
        var programme = VitaleWijken();
        programme.AddPillar(1, "Gezondheid", "Health");
        programme.AddCoreIndicator(10, 1, "totaal");

        var result = programme.AddCoreIndicator(10, 1, breakdown!);

        Assert.Equal("core_indicator.duplicate", result.Error?.Code);
    }

    [Fact]
    public void AddCoreIndicator_EmptyBreakdown_StoresTotal()
    {
        var programme = VitaleWijken();
        programme.AddPillar(1, "Gezondheid", "Health");

        var result = programme.AddCoreIndicator(10, 1, "");

        Assert.Equal("totaal", result.Value.BreakdownCode);
    }

    [Fact]
    public void AddReferenceArea_RepeatedArea_AddsOnceInOrder()
    {
        var programme = VitaleWijken();

        programme.AddReferenceArea(AreaCode.From("PV26"));
        programme.AddReferenceArea(AreaCode.From("NL00"));
        programme.AddReferenceArea(AreaCode.From("PV26"));

        Assert.Equal([AreaCode.From("PV26"), AreaCode.From("NL00")], programme.ReferenceAreas.Select(r => r.AreaCode));
        Assert.Equal([0, 1], programme.ReferenceAreas.Select(r => r.Order));
    }
}
