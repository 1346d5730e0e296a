using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.Domain.Tests.Agenda;

public sealed class FundingLineTests
{
    private static Project NewProject() =>
        Project.Create(TestProgramme.VitaleWijken(), new ProjectDetails("batau", "Projectenhuis", [1], "Gemeente Nieuwegein")).Value;

    [Fact]
    public void AddFundingLine_Valid_AddsLine()
    {
        var project = NewProject();

        var result = project.AddFundingLine(Funder.Provincie, " Provincie Utrecht ", 2025, 100_000m, 80_000m, 25_000m);

        Assert.True(result.IsSuccess);
        var line = Assert.Single(project.FundingLines);
        Assert.Equal(Funder.Provincie, line.Funder);
        Assert.Equal("Provincie Utrecht", line.FunderName);
        Assert.Equal(2025, line.Year);
        Assert.Equal(100_000m, line.Budget);
        Assert.Equal(80_000m, line.Committed);
        Assert.Equal(25_000m, line.Spent);
        Assert.False(line.IsOverBudget);
        Assert.False(line.IsSpentBeyondCommitted);
    }

    [Fact]
    public void AddFundingLine_RijkWithoutName_StoresNullName()
    {
        Assert.Null(NewProject().AddFundingLine(Funder.Rijk, " ", 2025, 1m, 0m, 0m).Value.FunderName);
    }

    [Fact]
    public void AddFundingLine_OtherWithoutName_ReturnsFunderNameRequired()
    {
        var project = NewProject();

        var result = project.AddFundingLine(Funder.Other, null, 2025, 1m, 0m, 0m);

        Assert.Equal("funding.funder_name.required", result.Error?.Code);
        Assert.Equal("Vul de naam van de financier in bij 'anders'.", result.Error?.Message);
        Assert.Empty(project.FundingLines);
    }

    [Fact]
    public void AddFundingLine_OtherWithName_Succeeds()
    {
        Assert.True(NewProject().AddFundingLine(Funder.Other, "Woningcorporatie", 2025, 1m, 0m, 0m).IsSuccess);
    }

    [Fact]
    public void AddFundingLine_FunderNameTooLong_ReturnsFunderNameTooLong()
    {
        var result = NewProject().AddFundingLine(Funder.Other, new string('f', FundingLine.FunderNameMaxLength + 1), 2025, 1m, 0m, 0m);

        Assert.Equal("funding.funder_name.too_long", result.Error?.Code);
    }

    [Fact]
    public void AddFundingLine_UndefinedFunder_ReturnsFunderInvalid()
    {
        var result = NewProject().AddFundingLine((Funder)7, null, 2025, 1m, 0m, 0m);

        Assert.Equal("funding.funder.invalid", result.Error?.Code);
        Assert.Equal("Kies een financier: Rijk, provincie, gemeente of anders.", result.Error?.Message);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void AddFundingLine_YearOutOfRange_ReturnsYearOutOfRange(int year)
    {
        var result = NewProject().AddFundingLine(Funder.Gemeente, null, year, 1m, 0m, 0m);

        Assert.Equal("funding.year.out_of_range", result.Error?.Code);
        Assert.Equal($"{year} is geen geldig jaar (verwacht 2000 tot en met 2100).", result.Error?.Message);
    }

    [Theory]
    [InlineData(-1, 0, 0, "funding.budget.negative", "Het bedrag begroot kan niet negatief zijn (-1 euro).")]
    [InlineData(0, -0.01, 0, "funding.committed.negative", "Het bedrag verplicht kan niet negatief zijn (-0.01 euro).")]
    [InlineData(0, 0, -5, "funding.spent.negative", "Het bedrag uitgegeven kan niet negatief zijn (-5 euro).")]
    public void AddFundingLine_NegativeAmount_ReturnsNegative(double budget, double committed, double spent, string code, string message)
    {
        var project = NewProject();

        var result = project.AddFundingLine(Funder.Gemeente, null, 2025, (decimal)budget, (decimal)committed, (decimal)spent);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(message, result.Error?.Message);
        Assert.Empty(project.FundingLines);
    }

    [Fact]
    public void AddFundingLine_CommittedAboveBudget_IsAllowedAndFlagged()
    {
        var line = NewProject().AddFundingLine(Funder.Gemeente, null, 2025, 100m, 120m, 50m).Value;

        Assert.True(line.IsOverBudget);
        Assert.False(line.IsSpentBeyondCommitted);
    }

    [Fact]
    public void AddFundingLine_SpentAboveCommittedWithinBudget_IsAllowedAndFlaggedAsBeyondCommitted()
    {
        var line = NewProject().AddFundingLine(Funder.Gemeente, null, 2025, 100m, 50m, 60m).Value;

        Assert.False(line.IsOverBudget);
        Assert.True(line.IsSpentBeyondCommitted);
    }

    [Fact]
    public void AddFundingLine_SpentAboveBudget_IsFlaggedOverBudget()
    {
        var line = NewProject().AddFundingLine(Funder.Rijk, null, 2025, 100m, 100m, 100.01m).Value;

        Assert.True(line.IsOverBudget);
    }

    [Fact]
    public void Totals_SeveralLines_SumAndFlagProject()
    {
        var project = NewProject();
        project.AddFundingLine(Funder.Provincie, null, 2024, 100m, 90m, 80m);
        project.AddFundingLine(Funder.Gemeente, null, 2025, 50m, 60m, 10m);

        Assert.Equal(150m, project.TotalBudget);
        Assert.Equal(150m, project.TotalCommitted);
        Assert.Equal(90m, project.TotalSpent);
        Assert.True(project.IsOverBudget);
    }

    [Fact]
    public void IsOverBudget_NoLines_IsFalse()
    {
        Assert.False(NewProject().IsOverBudget);
    }

    [Fact]
    public void Change_Valid_ReplacesValues()
    {
        var line = NewProject().AddFundingLine(Funder.Provincie, null, 2024, 100m, 0m, 0m).Value;

        var result = line.Change(Funder.Other, "Fonds", 2025, 200m, 150m, 20m);

        Assert.True(result.IsSuccess);
        Assert.Equal(Funder.Other, line.Funder);
        Assert.Equal("Fonds", line.FunderName);
        Assert.Equal(2025, line.Year);
        Assert.Equal(200m, line.Budget);
        Assert.Equal(150m, line.Committed);
        Assert.Equal(20m, line.Spent);
    }

    [Fact]
    public void Change_NegativeSpent_ReturnsSpentNegativeAndChangesNothing()
    {
        var line = NewProject().AddFundingLine(Funder.Provincie, null, 2024, 100m, 0m, 0m).Value;

        var result = line.Change(Funder.Provincie, null, 2024, 300m, 0m, -1m);

        Assert.Equal("funding.spent.negative", result.Error?.Code);
        Assert.Equal(100m, line.Budget);
    }

    [Fact]
    public void RemoveFundingLine_Existing_RemovesIt()
    {
        var project = NewProject();
        var line = project.AddFundingLine(Funder.Rijk, null, 2025, 1m, 0m, 0m).Value;

        Assert.True(project.RemoveFundingLine(line));
        Assert.Empty(project.FundingLines);
    }
}
