using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Tests.Agenda;

public sealed class ProjectTests
{
    private static readonly DateOnly Today = TestProgramme.Today;
    private static readonly Programme Programme = TestProgramme.VitaleWijken();

    private static ProjectDetails Details(
        string focusArea = "overvecht",
        string title = "Vernieuwing openbare ruimte Muntenbuurt",
        int[]? pillars = null,
        string owner = "Gemeente Utrecht",
        DateOnly? start = null,
        DateOnly? end = null,
        string? description = null,
        string? placeName = null,
        string? placeAddress = null) =>
        new(focusArea, title, pillars ?? [3], owner, start, end, description, placeName, placeAddress);

    private static Project NewProject(ProjectDetails? details = null) => Project.Create(Programme, details ?? Details()).Value;

    private static Project RunningProject()
    {
        var project = NewProject();
        project.Start(new DateOnly(2024, 1, 10), Today);
        return project;
    }

    [Fact]
    public void Create_ValidDetails_ReturnsPlannedUnpublishedProject()
    {
        var result = Project.Create(Programme, Details(
            focusArea: " overvecht ",
            title: "  Vernieuwing openbare ruimte Muntenbuurt ",
            pillars: [3, 1, 3],
            owner: " Gemeente Utrecht ",
            start: new DateOnly(2024, 1, 1),
            end: new DateOnly(2026, 12, 31),
            description: "## Doel\n\n  Meer groen.\n",
            placeName: " Wijkcentrum ",
            placeAddress: " Zamenhofdreef 1, Utrecht ")); // hand-made address

        Assert.True(result.IsSuccess);
        var project = result.Value;
        Assert.Equal("overvecht", project.FocusAreaCode);
        Assert.Equal("Vernieuwing openbare ruimte Muntenbuurt", project.Title);
        Assert.Equal([1, 3], project.PillarNumbers);
        Assert.Equal("Gemeente Utrecht", project.OwnerOrganisation);
        Assert.Equal(new DateOnly(2024, 1, 1), project.StartDate);
        Assert.Equal(new DateOnly(2026, 12, 31), project.EndDate);
        Assert.Equal("## Doel\n\n  Meer groen.\n", project.Description);
        Assert.Equal("Wijkcentrum", project.MeetingPlaceName);
        Assert.Equal("Zamenhofdreef 1, Utrecht", project.MeetingPlaceAddress);
        Assert.Equal(ProjectStatus.Planned, project.Status);
        Assert.False(project.IsPublished);
        Assert.False(project.IsExampleData);
    }

    [Fact]
    public void Create_BlankOptionalTexts_StoresNull()
    {
        var project = NewProject(Details(description: " \n ", placeName: " ", placeAddress: ""));

        Assert.Null(project.Description);
        Assert.Null(project.MeetingPlaceName);
        Assert.Null(project.MeetingPlaceAddress);
    }

    [Fact]
    public void Create_DescriptionWithScript_StoresItRaw()
    {
        // Sanitising is the renderer's job; the domain must not alter what the editor typed.
        const string markdown = "<script>alert(1)</script> [klik](javascript:alert(1))";

        Assert.Equal(markdown, NewProject(Details(description: markdown)).Description);
    }

    [Theory]
    [InlineData("onbekend")]
    [InlineData("WK034403")]
    [InlineData("")]
    public void Create_FocusAreaNotInProgramme_ReturnsFocusAreaUnknown(string code)
    {
        var result = Project.Create(Programme, Details(focusArea: code));

        Assert.Equal("project.focus_area.unknown", result.Error?.Code);
        Assert.Equal($"'{code}' is geen focusgebied van Vitale Wijken.", result.Error?.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_BlankTitle_ReturnsTitleRequired(string title)
    {
        var result = Project.Create(Programme, Details(title: title));

        Assert.Equal("project.title.required", result.Error?.Code);
        Assert.Equal("Vul de titel in.", result.Error?.Message);
    }

    [Fact]
    public void Create_TitleOfMaxLength_Succeeds()
    {
        Assert.True(Project.Create(Programme, Details(title: new string('a', Project.TitleMaxLength))).IsSuccess);
    }

    [Fact]
    public void Create_TitleTooLong_ReturnsTitleTooLong()
    {
        var result = Project.Create(Programme, Details(title: new string('a', Project.TitleMaxLength + 1)));

        Assert.Equal("project.title.too_long", result.Error?.Code);
        Assert.Equal("De tekst bij de titel is te lang: 201 tekens, maximaal 200.", result.Error?.Message);
    }

    [Fact]
    public void Create_NoPillars_ReturnsPillarsRequired()
    {
        var result = Project.Create(Programme, Details(pillars: []));

        Assert.Equal("project.pillars.required", result.Error?.Code);
        Assert.Equal("Kies ten minste één pijler.", result.Error?.Message);
    }

    [Fact]
    public void Create_PillarsOutsideProgramme_ReturnsPillarsUnknownNamingThem()
    {
        var result = Project.Create(Programme, Details(pillars: [2, 6, 0]));

        Assert.Equal("project.pillars.unknown", result.Error?.Code);
        Assert.Equal("Pijler 0, 6 bestaat niet in Vitale Wijken.", result.Error?.Message);
    }

    [Fact]
    public void Create_BlankOwner_LeavesOwnerUnknown()
    {
        var result = Project.Create(Programme, Details(owner: " "));

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value.OwnerOrganisation);
    }

    [Fact]
    public void Create_OwnerTooLong_ReturnsOwnerTooLong()
    {
        var result = Project.Create(Programme, Details(owner: new string('o', Project.OwnerOrganisationMaxLength + 1)));

        Assert.Equal("project.owner.too_long", result.Error?.Code);
    }

    [Fact]
    public void Create_EndBeforeStart_ReturnsEndBeforeStart()
    {
        var result = Project.Create(Programme, Details(start: new DateOnly(2025, 3, 1), end: new DateOnly(2025, 2, 28)));

        Assert.Equal("project.end.before_start", result.Error?.Code);
        Assert.Equal("De einddatum 28-02-2025 ligt vóór de startdatum 01-03-2025.", result.Error?.Message);
    }

    [Fact]
    public void Create_EndOnStartDay_Succeeds()
    {
        Assert.True(Project.Create(Programme, Details(start: new DateOnly(2025, 3, 1), end: new DateOnly(2025, 3, 1))).IsSuccess);
    }

    [Fact]
    public void Create_EndWithoutStart_Succeeds()
    {
        Assert.True(Project.Create(Programme, Details(end: new DateOnly(2027, 1, 1))).IsSuccess);
    }

    [Fact]
    public void Create_DescriptionTooLong_ReturnsDescriptionTooLong()
    {
        var result = Project.Create(Programme, Details(description: new string('x', Project.DescriptionMaxLength + 1)));

        Assert.Equal("project.description.too_long", result.Error?.Code);
    }

    [Fact]
    public void Create_MeetingPlaceAddressWithoutName_ReturnsMeetingPlaceNameRequired()
    {
        var result = Project.Create(Programme, Details(placeAddress: "Zamenhofdreef 1"));

        Assert.Equal("project.meeting_place.name.required", result.Error?.Code);
        Assert.Equal("Vul ook de naam van de ontmoetingsplek in, niet alleen het adres.", result.Error?.Message);
    }

    [Fact]
    public void Create_MeetingPlaceNameWithoutAddress_Succeeds()
    {
        var project = NewProject(Details(placeName: "Projectenhuis"));

        Assert.Equal("Projectenhuis", project.MeetingPlaceName);
        Assert.Null(project.MeetingPlaceAddress);
    }

    [Fact]
    public void Create_MeetingPlaceTextsTooLong_ReturnTooLong()
    {
        var name = Project.Create(Programme, Details(placeName: new string('n', Project.MeetingPlaceNameMaxLength + 1)));
        var address = Project.Create(Programme, Details(placeName: "Projectenhuis", placeAddress: new string('a', Project.MeetingPlaceAddressMaxLength + 1)));

        Assert.Equal("project.meeting_place.name.too_long", name.Error?.Code);
        Assert.Equal("project.meeting_place.address.too_long", address.Error?.Code);
    }

    [Fact]
    public void Update_ValidDetails_ReplacesFieldsAndPillars()
    {
        var project = NewProject(Details(pillars: [1, 2]));

        var result = project.Update(Programme, Details(focusArea: "batau", title: "Herinrichting Noordewierweg", pillars: [2, 4], owner: "Gemeente Nieuwegein"));

        Assert.True(result.IsSuccess);
        Assert.Equal("batau", project.FocusAreaCode);
        Assert.Equal("Herinrichting Noordewierweg", project.Title);
        Assert.Equal("Gemeente Nieuwegein", project.OwnerOrganisation);
        Assert.Equal([2, 4], project.PillarNumbers);
        Assert.Equal(2, project.Pillars.Count);
    }

    [Fact]
    public void Update_KeptPillar_KeepsItsEntity()
    {
        var project = NewProject(Details(pillars: [1, 2]));
        var kept = project.Pillars.Single(p => p.Number == 2);

        project.Update(Programme, Details(pillars: [2, 5]));

        Assert.Same(kept, project.Pillars.Single(p => p.Number == 2));
    }

    [Fact]
    public void Update_RefusedDetails_ChangesNothing()
    {
        var project = NewProject();

        var result = project.Update(Programme, Details(title: "Nieuwe titel", owner: new string('o', Project.OwnerOrganisationMaxLength + 1)));

        Assert.Equal("project.owner.too_long", result.Error?.Code);
        Assert.Equal("Vernieuwing openbare ruimte Muntenbuurt", project.Title);
        Assert.Equal("Gemeente Utrecht", project.OwnerOrganisation);
    }

    [Fact]
    public void Update_OtherProgramme_Throws()
    {
        var project = NewProject();
        var other = new Programme("ander", "Ander programma");
        typeof(Programme).GetProperty(nameof(Programme.Id))!.SetValue(other, 99);

        Assert.Throws<ArgumentException>(() => project.Update(other, Details()));
    }

    [Fact]
    public void Update_RunningWithoutStart_ReturnsStartRequired()
    {
        var project = RunningProject();

        var result = project.Update(Programme, Details(start: null));

        Assert.Equal("project.start.required", result.Error?.Code);
        Assert.Equal("Een lopend of afgerond project heeft een startdatum.", result.Error?.Message);
    }

    [Fact]
    public void Update_CompletedWithoutEnd_ReturnsEndRequired()
    {
        var project = RunningProject();
        project.Complete(new DateOnly(2025, 5, 1), Today);

        var result = project.Update(Programme, Details(start: new DateOnly(2024, 1, 10), end: null));

        Assert.Equal("project.end.required", result.Error?.Code);
        Assert.Equal("Een afgerond of gestopt project heeft een einddatum.", result.Error?.Message);
    }

    [Fact]
    public void Update_StoppedBeforeStartingWithoutStart_Succeeds()
    {
        var project = NewProject();
        project.Stop(new DateOnly(2025, 1, 1), "Geen uitvoerder gevonden.", Today);

        var result = project.Update(Programme, Details(start: null, end: new DateOnly(2025, 1, 1)));

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Start_Planned_SetsRunningWithActualStart()
    {
        var project = NewProject(Details(start: new DateOnly(2024, 3, 1)));

        var result = project.Start(new DateOnly(2024, 2, 1), Today);

        Assert.True(result.IsSuccess);
        Assert.Equal(ProjectStatus.Running, project.Status);
        Assert.Equal(new DateOnly(2024, 2, 1), project.StartDate);
    }

    [Fact]
    public void Start_Today_Succeeds()
    {
        Assert.True(NewProject().Start(Today, Today).IsSuccess);
    }

    [Fact]
    public void Start_InFuture_ReturnsDateInFuture()
    {
        var project = NewProject();

        var result = project.Start(Today.AddDays(1), Today);

        Assert.Equal("project.date.in_future", result.Error?.Code);
        Assert.Equal("De startdatum 16-06-2025 ligt in de toekomst (vandaag is 15-06-2025).", result.Error?.Message);
        Assert.Equal(ProjectStatus.Planned, project.Status);
    }

    [Fact]
    public void Start_AfterPlannedEnd_ReturnsEndBeforeStart()
    {
        var project = NewProject(Details(end: new DateOnly(2024, 12, 31)));

        var result = project.Start(new DateOnly(2025, 1, 2), Today);

        Assert.Equal("project.end.before_start", result.Error?.Code);
        Assert.Equal(ProjectStatus.Planned, project.Status);
    }

    [Fact]
    public void Start_Running_ReturnsStatusTransition()
    {
        var project = RunningProject();

        var result = project.Start(Today, Today);

        Assert.Equal("project.status.transition", result.Error?.Code);
        Assert.Equal("Alleen een gepland project kun je starten; dit project is lopend.", result.Error?.Message);
    }

    [Fact]
    public void Complete_Running_SetsCompletedWithEndDate()
    {
        var project = RunningProject();

        var result = project.Complete(new DateOnly(2025, 5, 1), Today);

        Assert.True(result.IsSuccess);
        Assert.Equal(ProjectStatus.Completed, project.Status);
        Assert.Equal(new DateOnly(2025, 5, 1), project.EndDate);
    }

    [Fact]
    public void Complete_Planned_ReturnsStatusTransition()
    {
        var project = NewProject();

        var result = project.Complete(Today, Today);

        Assert.Equal("project.status.transition", result.Error?.Code);
        Assert.Equal("Alleen een lopend project kun je afronden; dit project is gepland.", result.Error?.Message);
        Assert.Equal(ProjectStatus.Planned, project.Status);
    }

    [Fact]
    public void Complete_InFuture_ReturnsDateInFuture()
    {
        var project = RunningProject();

        var result = project.Complete(Today.AddDays(1), Today);

        Assert.Equal("project.date.in_future", result.Error?.Code);
        Assert.Equal(ProjectStatus.Running, project.Status);
    }

    [Fact]
    public void Complete_BeforeStart_ReturnsEndBeforeStart()
    {
        var project = RunningProject();

        var result = project.Complete(new DateOnly(2024, 1, 9), Today);

        Assert.Equal("project.end.before_start", result.Error?.Code);
        Assert.Equal(ProjectStatus.Running, project.Status);
    }

    [Fact]
    public void Stop_Running_SetsStoppedWithEndAndReason()
    {
        var project = RunningProject();

        var result = project.Stop(new DateOnly(2025, 2, 1), " Subsidie ingetrokken. ", Today);

        Assert.True(result.IsSuccess);
        Assert.Equal(ProjectStatus.Stopped, project.Status);
        Assert.Equal(new DateOnly(2025, 2, 1), project.EndDate);
        Assert.Equal("Subsidie ingetrokken.", project.StopReason);
    }

    [Fact]
    public void Stop_PlannedWithoutStart_Succeeds()
    {
        var project = NewProject();

        Assert.True(project.Stop(Today, "Geen uitvoerder gevonden.", Today).IsSuccess);
        Assert.Null(project.StartDate);
    }

    [Fact]
    public void Stop_WithoutReason_ReturnsStopReasonRequired()
    {
        var project = RunningProject();

        var result = project.Stop(Today, " ", Today);

        Assert.Equal("project.stop_reason.required", result.Error?.Code);
        Assert.Equal("Vul de reden van stoppen in.", result.Error?.Message);
        Assert.Equal(ProjectStatus.Running, project.Status);
    }

    [Fact]
    public void Stop_ReasonTooLong_ReturnsStopReasonTooLong()
    {
        var result = RunningProject().Stop(Today, new string('r', Project.StopReasonMaxLength + 1), Today);

        Assert.Equal("project.stop_reason.too_long", result.Error?.Code);
    }

    [Fact]
    public void Stop_InFuture_ReturnsDateInFuture()
    {
        var result = RunningProject().Stop(Today.AddDays(1), "Reden", Today);

        Assert.Equal("project.date.in_future", result.Error?.Code);
        Assert.Equal("De stopdatum 16-06-2025 ligt in de toekomst (vandaag is 15-06-2025).", result.Error?.Message);
    }

    [Fact]
    public void Stop_BeforeStart_ReturnsEndBeforeStart()
    {
        var result = RunningProject().Stop(new DateOnly(2023, 12, 31), "Reden", Today);

        Assert.Equal("project.end.before_start", result.Error?.Code);
    }

    [Fact]
    public void Stop_Completed_ReturnsStatusTransition()
    {
        var project = RunningProject();
        project.Complete(Today, Today);

        var result = project.Stop(Today, "Reden", Today);

        Assert.Equal("project.status.transition", result.Error?.Code);
        Assert.Equal("Alleen een gepland of lopend project kun je stoppen; dit project is afgerond.", result.Error?.Message);
    }

    [Fact]
    public void Reopen_StoppedAfterStart_ReturnsToRunningAndClearsEnd()
    {
        var project = RunningProject();
        project.Stop(Today, "Tijdelijk geen budget.", Today);

        var result = project.Reopen();

        Assert.True(result.IsSuccess);
        Assert.Equal(ProjectStatus.Running, project.Status);
        Assert.Null(project.EndDate);
        Assert.Null(project.StopReason);
        Assert.Equal(new DateOnly(2024, 1, 10), project.StartDate);
    }

    [Fact]
    public void Reopen_StoppedBeforeStart_ReturnsToPlanned()
    {
        var project = NewProject();
        project.Stop(Today, "Uitgesteld.", Today);

        project.Reopen();

        Assert.Equal(ProjectStatus.Planned, project.Status);
    }

    [Fact]
    public void StartAndComplete_DatesNotKnown_StatusChangesAndDatesStayUnknown()
    {
        // A source that reports a project as running or completed without dates: no date is made up for it, and a
        // planned date is not passed off as the actual one.
        var project = NewProject(Details(start: new DateOnly(2024, 3, 1), end: new DateOnly(2024, 12, 31)));

        Assert.True(project.Start(null, Today).IsSuccess);
        Assert.Equal((ProjectStatus.Running, (DateOnly?)null, (DateOnly?)new DateOnly(2024, 12, 31)), (project.Status, project.StartDate, project.EndDate));
        Assert.True(project.Complete(null, Today).IsSuccess);
        Assert.Equal((ProjectStatus.Completed, (DateOnly?)null, (DateOnly?)null), (project.Status, project.StartDate, project.EndDate));
    }

    [Fact]
    public void Update_CompletedWithUnknownDates_MayKeepThemUnknown()
    {
        var project = NewProject();
        project.Start(null, Today);
        project.Complete(null, Today);

        var result = project.Update(Programme, Details(title: "Nieuwe titel", start: null, end: null));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(("Nieuwe titel", (DateOnly?)null, (DateOnly?)null), (project.Title, project.StartDate, project.EndDate));
    }

    [Fact]
    public void Reopen_CompletedWithUnknownStart_ReturnsToRunning()
    {
        var project = NewProject();
        project.Start(null, Today);
        project.Complete(null, Today);

        Assert.True(project.Reopen().IsSuccess);
        Assert.Equal(ProjectStatus.Running, project.Status);
    }

    [Fact]
    public void Reopen_Completed_ReturnsToRunning()
    {
        var project = RunningProject();
        project.Complete(Today, Today);

        Assert.True(project.Reopen().IsSuccess);
        Assert.Equal(ProjectStatus.Running, project.Status);
        Assert.Null(project.EndDate);
    }

    [Theory]
    [InlineData(false, "gepland")]
    [InlineData(true, "lopend")]
    public void Reopen_PlannedOrRunning_ReturnsStatusTransition(bool running, string statusText)
    {
        var project = running ? RunningProject() : NewProject();

        var result = project.Reopen();

        Assert.Equal("project.status.transition", result.Error?.Code);
        Assert.Equal($"Alleen een afgerond of gestopt project kun je heropenen; dit project is {statusText}.", result.Error?.Message);
    }

    [Fact]
    public void PublishAndUnpublish_TogglePublished()
    {
        var project = NewProject();

        project.Publish();
        Assert.True(project.IsPublished);

        project.Unpublish();
        Assert.False(project.IsPublished);
    }

    [Fact]
    public void MarkAsExampleData_Flag_SetsAndClears()
    {
        var project = NewProject();

        project.MarkAsExampleData(true);
        Assert.True(project.IsExampleData);

        project.MarkAsExampleData(false);
        Assert.False(project.IsExampleData);
    }

    [Fact]
    public void LinkIndicator_NewIds_KeepsThem()
    {
        var project = NewProject();

        project.LinkIndicator(7);
        project.LinkIndicator(3);

        Assert.Equal([7, 3], project.Indicators.Select(i => i.IndicatorId));
    }

    [Fact]
    public void LinkIndicator_SameIdTwice_ReturnsIndicatorDuplicate()
    {
        var project = NewProject();
        project.LinkIndicator(7);

        var result = project.LinkIndicator(7);

        Assert.Equal("project.indicator.duplicate", result.Error?.Code);
        Assert.Equal("Deze indicator is al aan het project gekoppeld.", result.Error?.Message);
        Assert.Single(project.Indicators);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void LinkIndicator_NonPositiveId_ReturnsIndicatorInvalid(int id)
    {
        var project = NewProject();

        var result = project.LinkIndicator(id);

        Assert.Equal("project.indicator.invalid", result.Error?.Code);
        Assert.Equal($"Indicator {id} bestaat niet.", result.Error?.Message);
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void UnlinkIndicator_LinkedAndUnlinked_RemovesOnlyLinked()
    {
        var project = NewProject();
        project.LinkIndicator(7);

        Assert.False(project.UnlinkIndicator(8));
        Assert.True(project.UnlinkIndicator(7));
        Assert.Empty(project.Indicators);
    }
}
