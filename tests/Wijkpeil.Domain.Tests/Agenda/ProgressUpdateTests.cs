using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.Domain.Tests.Agenda;

public sealed class ProgressUpdateTests
{
    private static readonly DateOnly Today = TestProgramme.Today;

    private static Project NewProject() =>
        Project.Create(TestProgramme.VitaleWijken(), new ProjectDetails("overvecht", "Renovatie L-flats", [2], "Woningcorporatie")).Value;

    [Fact]
    public void AddProgressUpdate_Valid_AddsUpdateWithRawText()
    {
        var project = NewProject();

        var result = project.AddProgressUpdate(new DateOnly(2025, 3, 1), "Team *Voor L-kaar* gestart.\n", 10, Today);

        Assert.True(result.IsSuccess);
        var update = Assert.Single(project.ProgressUpdates);
        Assert.Same(result.Value, update);
        Assert.Equal(new DateOnly(2025, 3, 1), update.Date);
        Assert.Equal("Team *Voor L-kaar* gestart.\n", update.Text);
        Assert.Equal(10, update.PercentComplete);
    }

    [Fact]
    public void ProgressUpdates_AddedOutOfOrder_AreReadInDateOrderThenEntryOrder()
    {
        var project = NewProject();
        project.AddProgressUpdate(new DateOnly(2025, 5, 1), "mei", null, Today);
        project.AddProgressUpdate(new DateOnly(2025, 1, 1), "januari", null, Today);
        project.AddProgressUpdate(new DateOnly(2025, 5, 1), "mei, later geschreven", null, Today);
        project.AddProgressUpdate(new DateOnly(2025, 3, 1), "maart", null, Today);

        Assert.Equal(["januari", "maart", "mei", "mei, later geschreven"], project.ProgressUpdates.Select(u => u.Text));
    }

    [Fact]
    public void PercentComplete_Updates_IsLatestReportedPercentage()
    {
        var project = NewProject();
        Assert.Null(project.PercentComplete);

        project.AddProgressUpdate(new DateOnly(2025, 4, 1), "april", 40, Today);
        project.AddProgressUpdate(new DateOnly(2025, 2, 1), "februari", 20, Today);
        project.AddProgressUpdate(new DateOnly(2025, 5, 1), "mei, geen percentage", null, Today);

        Assert.Equal(40, project.PercentComplete);
    }

    [Fact]
    public void AddProgressUpdate_InFuture_ReturnsProgressDateInFuture()
    {
        var project = NewProject();

        var result = project.AddProgressUpdate(Today.AddDays(1), "Nog niet gebeurd", null, Today);

        Assert.Equal("progress.date.in_future", result.Error?.Code);
        Assert.Equal("De voortgang van 16-06-2025 ligt in de toekomst (vandaag is 15-06-2025).", result.Error?.Message);
        Assert.Empty(project.ProgressUpdates);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void AddProgressUpdate_BlankText_ReturnsProgressTextRequired(string? text)
    {
        var project = NewProject();

        var result = project.AddProgressUpdate(Today, text, null, Today);

        Assert.Equal("progress.text.required", result.Error?.Code);
        Assert.Equal("Vul in wat er is gebeurd.", result.Error?.Message);
        Assert.Empty(project.ProgressUpdates);
    }

    [Fact]
    public void AddProgressUpdate_TextTooLong_ReturnsProgressTextTooLong()
    {
        var result = NewProject().AddProgressUpdate(Today, new string('t', ProgressUpdate.TextMaxLength + 1), null, Today);

        Assert.Equal("progress.text.too_long", result.Error?.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void AddProgressUpdate_PercentAtBounds_Succeeds(int percent)
    {
        Assert.True(NewProject().AddProgressUpdate(Today, "Stand", percent, Today).IsSuccess);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void AddProgressUpdate_PercentOutsideZeroToHundred_ReturnsPercentOutOfRange(int percent)
    {
        var project = NewProject();

        var result = project.AddProgressUpdate(Today, "Stand", percent, Today);

        Assert.Equal("progress.percent.out_of_range", result.Error?.Code);
        Assert.Equal($"{percent} procent gereed kan niet (verwacht 0 tot en met 100).", result.Error?.Message);
        Assert.Empty(project.ProgressUpdates);
    }

    [Fact]
    public void RemoveProgressUpdate_Existing_RemovesIt()
    {
        var project = NewProject();
        var update = project.AddProgressUpdate(Today, "Stand", null, Today).Value;

        Assert.True(project.RemoveProgressUpdate(update));
        Assert.Empty(project.ProgressUpdates);
    }
}
