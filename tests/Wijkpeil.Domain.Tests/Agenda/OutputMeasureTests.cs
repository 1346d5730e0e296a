using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.Domain.Tests.Agenda;

public sealed class OutputMeasureTests
{
    private static Project NewProject() =>
        Project.Create(TestProgramme.VitaleWijken(), new ProjectDetails("overvecht", "Pilot gerichte woningtoewijzing", [2], "Gemeente Utrecht")).Value;

    private static OutputMeasure Homes(Project project) =>
        project.AddOutputMeasure(OutputKind.HowMuch, "Toegewezen woningen", OutputUnit.Count, "woningen").Value;

    [Fact]
    public void AddOutputMeasure_Count_AddsMeasure()
    {
        var project = NewProject();

        var result = project.AddOutputMeasure(OutputKind.HowMuch, " Toegewezen woningen ", OutputUnit.Count, " woningen ");

        Assert.True(result.IsSuccess);
        var measure = Assert.Single(project.OutputMeasures);
        Assert.Equal(OutputKind.HowMuch, measure.Kind);
        Assert.Equal("Toegewezen woningen", measure.Name);
        Assert.Equal(OutputUnit.Count, measure.Unit);
        Assert.Equal("woningen", measure.UnitLabel);
        Assert.Empty(measure.Values);
    }

    [Fact]
    public void AddOutputMeasure_Percentage_UsesPercentSignAsLabel()
    {
        var result = NewProject().AddOutputMeasure(OutputKind.BetterOff, "Bewoners die zich thuis voelen", OutputUnit.Percentage, null);

        Assert.Equal("%", result.Value.UnitLabel);
    }

    [Fact]
    public void AddOutputMeasure_BlankName_ReturnsOutputNameRequired()
    {
        var project = NewProject();

        var result = project.AddOutputMeasure(OutputKind.HowMuch, " ", OutputUnit.Count, "woningen");

        Assert.Equal("output.name.required", result.Error?.Code);
        Assert.Equal("Vul de naam van de prestatie in.", result.Error?.Message);
        Assert.Empty(project.OutputMeasures);
    }

    [Fact]
    public void AddOutputMeasure_NameTooLong_ReturnsOutputNameTooLong()
    {
        var result = NewProject().AddOutputMeasure(OutputKind.HowMuch, new string('n', OutputMeasure.NameMaxLength + 1), OutputUnit.Count, "woningen");

        Assert.Equal("output.name.too_long", result.Error?.Code);
    }

    [Theory]
    [InlineData(OutputUnit.Count)]
    [InlineData(OutputUnit.Other)]
    public void AddOutputMeasure_NoUnitLabel_ReturnsUnitLabelRequired(OutputUnit unit)
    {
        var result = NewProject().AddOutputMeasure(OutputKind.HowWell, "Tevredenheid", unit, "");

        Assert.Equal("output.unit_label.required", result.Error?.Code);
        Assert.Equal("Vul de eenheid (bijvoorbeeld woningen) in.", result.Error?.Message);
    }

    [Fact]
    public void AddOutputMeasure_UnitLabelTooLong_ReturnsUnitLabelTooLong()
    {
        var result = NewProject().AddOutputMeasure(OutputKind.HowMuch, "Woningen", OutputUnit.Count, new string('u', OutputMeasure.UnitLabelMaxLength + 1));

        Assert.Equal("output.unit_label.too_long", result.Error?.Code);
    }

    [Fact]
    public void AddOutputMeasure_UndefinedKind_ReturnsKindInvalid()
    {
        var result = NewProject().AddOutputMeasure((OutputKind)9, "Woningen", OutputUnit.Count, "woningen");

        Assert.Equal("output.kind.invalid", result.Error?.Code);
        Assert.Equal("Kies het soort prestatie: hoeveel, hoe goed of wie is er beter van geworden.", result.Error?.Message);
    }

    [Fact]
    public void AddOutputMeasure_UndefinedUnit_ReturnsUnitInvalid()
    {
        var result = NewProject().AddOutputMeasure(OutputKind.HowMuch, "Woningen", (OutputUnit)9, "woningen");

        Assert.Equal("output.unit.invalid", result.Error?.Code);
        Assert.Equal("Kies de eenheid: aantal, percentage of anders.", result.Error?.Message);
    }

    [Fact]
    public void AddOutputMeasure_NameTakenInOtherCase_ReturnsOutputNameDuplicate()
    {
        var project = NewProject();
        Homes(project);

        var result = project.AddOutputMeasure(OutputKind.HowWell, "toegewezen WONINGEN", OutputUnit.Percentage, null);

        Assert.Equal("output.name.duplicate", result.Error?.Code);
        Assert.Equal("Het project heeft al een prestatie met de naam 'toegewezen WONINGEN'.", result.Error?.Message);
        Assert.Single(project.OutputMeasures);
    }

    [Fact]
    public void ChangeOutputMeasure_NewNameAndKind_ChangesIt()
    {
        var project = NewProject();
        var measure = Homes(project);

        var result = project.ChangeOutputMeasure(measure, OutputKind.BetterOff, "Gehuisveste woningzoekenden", OutputUnit.Count, "huishoudens");

        Assert.True(result.IsSuccess);
        Assert.Equal(OutputKind.BetterOff, measure.Kind);
        Assert.Equal("Gehuisveste woningzoekenden", measure.Name);
        Assert.Equal("huishoudens", measure.UnitLabel);
    }

    [Fact]
    public void ChangeOutputMeasure_OwnName_Succeeds()
    {
        var project = NewProject();
        var measure = Homes(project);

        Assert.True(project.ChangeOutputMeasure(measure, OutputKind.HowMuch, "Toegewezen woningen", OutputUnit.Count, "woningen").IsSuccess);
    }

    [Fact]
    public void ChangeOutputMeasure_NameOfOtherMeasure_ReturnsOutputNameDuplicate()
    {
        var project = NewProject();
        var measure = Homes(project);
        project.AddOutputMeasure(OutputKind.HowWell, "Tevredenheid", OutputUnit.Percentage, null);

        var result = project.ChangeOutputMeasure(measure, OutputKind.HowMuch, "Tevredenheid", OutputUnit.Count, "woningen");

        Assert.Equal("output.name.duplicate", result.Error?.Code);
        Assert.Equal("Toegewezen woningen", measure.Name);
    }

    [Fact]
    public void ChangeOutputMeasure_MeasureOfOtherProject_Throws()
    {
        var measure = Homes(NewProject());

        Assert.Throws<ArgumentException>(() => NewProject().ChangeOutputMeasure(measure, OutputKind.HowMuch, "x", OutputUnit.Count, "x"));
    }

    [Fact]
    public void ChangeOutputMeasure_ToPercentageWithCountAbove100_ReturnsUnitConflictsAndKeepsUnit()
    {
        var project = NewProject();
        var measure = Homes(project);
        measure.SetValue("2025", 140, null);

        var result = project.ChangeOutputMeasure(measure, OutputKind.HowMuch, "Toegewezen woningen", OutputUnit.Percentage, null);

        Assert.Equal("output.unit.conflicts", result.Error?.Code);
        Assert.Equal("De eenheid past niet bij de al ingevulde waarde 140; pas die eerst aan.", result.Error?.Message);
        Assert.Equal(OutputUnit.Count, measure.Unit);
    }

    [Fact]
    public void ChangeOutputMeasure_ToPercentageWithFittingValues_Succeeds()
    {
        var project = NewProject();
        var measure = Homes(project);
        measure.SetValue("2025", 40, 12);

        Assert.True(project.ChangeOutputMeasure(measure, OutputKind.HowWell, "Toegewezen woningen", OutputUnit.Percentage, null).IsSuccess);
        Assert.Equal("%", measure.UnitLabel);
    }

    [Fact]
    public void RemoveOutputMeasure_Existing_RemovesIt()
    {
        var project = NewProject();
        var measure = Homes(project);

        Assert.True(project.RemoveOutputMeasure(measure));
        Assert.Empty(project.OutputMeasures);
    }

    [Fact]
    public void SetValue_TargetAndRealised_RecordsBoth()
    {
        var measure = Homes(NewProject());

        var result = measure.SetValue("2025", 40, 12);

        Assert.True(result.IsSuccess);
        var value = Assert.Single(measure.Values);
        Assert.Equal("2025", value.PeriodCode);
        Assert.Equal(40, value.Target);
        Assert.Equal(12, value.Realised);
    }

    [Fact]
    public void SetValue_OnlyTargetOrOnlyRealised_Succeeds()
    {
        var measure = Homes(NewProject());

        Assert.True(measure.SetValue("2025", 40, null).IsSuccess);
        Assert.True(measure.SetValue("2024", null, 5).IsSuccess);
    }

    [Fact]
    public void SetValue_SamePeriodAgain_ReplacesValue()
    {
        var measure = Homes(NewProject());
        measure.SetValue("2025", 40, null);

        measure.SetValue("2025JJ00", 40, 18);

        var value = Assert.Single(measure.Values);
        Assert.Equal("2025", value.PeriodCode);
        Assert.Equal(18, value.Realised);
    }

    [Fact]
    public void Values_SetOutOfOrder_AreReadByPeriod()
    {
        var measure = Homes(NewProject());
        measure.SetValue("2026", 40, null);
        measure.SetValue("2024", 10, 10);
        measure.SetValue("2025", 25, null);

        Assert.Equal(["2024", "2025", "2026"], measure.Values.Select(v => v.PeriodCode));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-Q1")]
    [InlineData(null)]
    public void SetValue_NotAYear_ReturnsPeriodInvalid(string? period)
    {
        var measure = Homes(NewProject());

        var result = measure.SetValue(period, 1, null);

        Assert.Equal("period.invalid", result.Error?.Code);
        Assert.Empty(measure.Values);
    }

    [Fact]
    public void SetValue_NeitherTargetNorRealised_ReturnsValueEmpty()
    {
        var result = Homes(NewProject()).SetValue("2025", null, null);

        Assert.Equal("output.value.empty", result.Error?.Code);
        Assert.Equal("Vul een streefwaarde, een gerealiseerde waarde of beide in.", result.Error?.Message);
    }

    [Theory]
    [InlineData(-1.0, null)]
    [InlineData(null, -1.0)]
    public void SetValue_NegativeCount_ReturnsValueNegative(double? target, double? realised)
    {
        var measure = Homes(NewProject());

        var result = measure.SetValue("2025", target, realised);

        Assert.Equal("output.value.negative", result.Error?.Code);
        Assert.Equal("Een aantal kan niet negatief zijn (-1).", result.Error?.Message);
        Assert.Empty(measure.Values);
    }

    [Fact]
    public void SetValue_FractionalCount_ReturnsValueNotWhole()
    {
        var result = Homes(NewProject()).SetValue("2025", 40.5, null);

        Assert.Equal("output.value.not_whole", result.Error?.Code);
        Assert.Equal("Een aantal is een heel getal (40.5).", result.Error?.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void SetValue_NotFinite_ReturnsValueNotFinite(double value)
    {
        var measure = NewProject().AddOutputMeasure(OutputKind.HowWell, "Rapportcijfer", OutputUnit.Other, "cijfer").Value;

        var result = measure.SetValue("2025", value, null);

        Assert.Equal("output.value.not_finite", result.Error?.Code);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    public void SetValue_PercentageOutsideZeroToHundred_ReturnsPercentageOutOfRange(double value)
    {
        var measure = NewProject().AddOutputMeasure(OutputKind.BetterOff, "Aan het werk", OutputUnit.Percentage, null).Value;

        var result = measure.SetValue("2025", null, value);

        Assert.Equal("percentage.out_of_range", result.Error?.Code);
    }

    [Fact]
    public void SetValue_OtherUnitNegativeFraction_Succeeds()
    {
        // "Other" covers quantities such as a change in a score, which may be negative and fractional.
        var measure = NewProject().AddOutputMeasure(OutputKind.BetterOff, "Verandering rapportcijfer", OutputUnit.Other, "punten").Value;

        Assert.True(measure.SetValue("2025", 0.5, -0.3).IsSuccess);
    }

    [Fact]
    public void RemoveValue_ExistingAndMissingPeriod_RemovesOnlyExisting()
    {
        var measure = Homes(NewProject());
        measure.SetValue("2025", 40, null);

        Assert.False(measure.RemoveValue("2024"));
        Assert.False(measure.RemoveValue("geen jaar"));
        Assert.True(measure.RemoveValue("2025"));
        Assert.Empty(measure.Values);
    }
}
