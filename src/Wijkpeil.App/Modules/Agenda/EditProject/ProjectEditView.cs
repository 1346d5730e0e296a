using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.EditProject;

/// <summary>A focus area a user may put projects in, for the form's choice list.</summary>
/// <param name="Code">The programme's code, e.g. <c>overvecht</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Municipality">The gemeente (GMnnnn).</param>
/// <param name="ProgrammeSlug">The programme it belongs to.</param>
/// <param name="ProgrammeName">That programme's name.</param>
public sealed record EditableFocusArea(string Code, string Name, string Municipality, string ProgrammeSlug, string ProgrammeName);

/// <summary>A project with the ids of its children, as an edit form needs it.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="CanEdit">Whether the reading user may change it.</param>
/// <param name="ProgrammeSlug">The programme it belongs to.</param>
/// <param name="FocusAreaCode">The programme's focus-area code.</param>
/// <param name="FocusAreaName">The focus area's name.</param>
/// <param name="Title">The title.</param>
/// <param name="Pillars">Pillar numbers, ascending.</param>
/// <param name="OwnerOrganisation">Who answers for it.</param>
/// <param name="StartDate">Planned or actual start.</param>
/// <param name="EndDate">Planned or actual end.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="StopReason">Why it stopped.</param>
/// <param name="Description">Markdown as typed.</param>
/// <param name="MeetingPlaceName">Where residents find it.</param>
/// <param name="MeetingPlaceAddress">That place's address.</param>
/// <param name="IsPublished">Visible to anonymous visitors.</param>
/// <param name="IsExampleData">Its figures are examples.</param>
/// <param name="Timeline">Progress updates, oldest first.</param>
/// <param name="Outputs">Output measures with values.</param>
/// <param name="Indicators">Linked indicators.</param>
/// <param name="Funding">Funding lines.</param>
public sealed record ProjectEditView(
    int Id,
    bool CanEdit,
    string ProgrammeSlug,
    string FocusAreaCode,
    string FocusAreaName,
    string Title,
    IReadOnlyList<int> Pillars,
    string? OwnerOrganisation,
    DateOnly? StartDate,
    DateOnly? EndDate,
    ProjectStatus Status,
    string? StopReason,
    string? Description,
    string? MeetingPlaceName,
    string? MeetingPlaceAddress,
    bool IsPublished,
    bool IsExampleData,
    IReadOnlyList<ProgressUpdateItem> Timeline,
    IReadOnlyList<OutputMeasureItem> Outputs,
    IReadOnlyList<LinkedIndicator> Indicators,
    IReadOnlyList<FundingLineItem> Funding);

/// <summary>A progress update with its id.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Date">The day.</param>
/// <param name="Text">Markdown as typed.</param>
/// <param name="PercentComplete">How far along.</param>
public sealed record ProgressUpdateItem(int Id, DateOnly Date, string Text, int? PercentComplete);

/// <summary>An output measure with its id and values.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">How much, how well, better off.</param>
/// <param name="Name">What is counted.</param>
/// <param name="Unit">Count, percentage, other.</param>
/// <param name="UnitLabel">What the numbers are.</param>
/// <param name="Values">Per year, ascending.</param>
public sealed record OutputMeasureItem(int Id, OutputKind Kind, string Name, OutputUnit Unit, string UnitLabel, IReadOnlyList<OutputValueView> Values);

/// <summary>A funding line with its id.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Funder">Who pays.</param>
/// <param name="FunderName">The body.</param>
/// <param name="Year">The year.</param>
/// <param name="Budget">Budgeted.</param>
/// <param name="Committed">Committed.</param>
/// <param name="Spent">Spent.</param>
public sealed record FundingLineItem(int Id, Funder Funder, string? FunderName, int Year, decimal Budget, decimal Committed, decimal Spent);
