using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>What a successful write use case of <see cref="ProjectEditing"/> reports.</summary>
/// <param name="ProjectId">The project's id (also of a newly created one).</param>
/// <param name="ItemId">The id of a newly added child (progress update, output measure, funding line), if any.</param>
public sealed record ProjectSaved(int ProjectId, int? ItemId = null);

/// <summary>
/// A project's whole editable state for create and replace: details, status, stop reason and publication.
/// <see cref="ProjectDetails.FocusAreaCode"/> may be the programme's code (<c>overvecht</c>) or a CBS code of
/// the focus area's wijken or buurten (<c>WK034403</c>).
/// </summary>
/// <param name="Details">The editable fields.</param>
/// <param name="Status">
/// The status to end up in, reached through the domain's transitions: Running and Completed need
/// <see cref="ProjectDetails.StartDate"/> (not after today), Completed and Stopped need
/// <see cref="ProjectDetails.EndDate"/> (not after today), Stopped needs <paramref name="StopReason"/>.
/// </param>
/// <param name="StopReason">Why the project stopped; only used for Stopped.</param>
/// <param name="Published">Whether anonymous visitors see it.</param>
public sealed record ProjectInput(ProjectDetails Details, ProjectStatus Status, string? StopReason = null, bool Published = false);

/// <summary>
/// Replacement collections for create and replace; a null collection is left as it is, an empty one is emptied.
/// </summary>
/// <param name="Outputs">Output measures with their values.</param>
/// <param name="Funding">Funding lines.</param>
/// <param name="Indicators">Codes of the outcome indicators the project aims to move.</param>
/// <param name="Progress">Progress updates.</param>
public sealed record ProjectCollectionsInput(
    IReadOnlyList<OutputMeasureInput>? Outputs = null,
    IReadOnlyList<FundingLineInput>? Funding = null,
    IReadOnlyList<string>? Indicators = null,
    IReadOnlyList<ProgressUpdateInput>? Progress = null);

/// <summary>An output measure to add or change; see <see cref="OutputMeasure"/>.</summary>
/// <param name="Kind">How much, how well, or better off.</param>
/// <param name="Name">What is counted.</param>
/// <param name="Unit">Count, percentage or other.</param>
/// <param name="UnitLabel">What the numbers are (woningen); ignored for a percentage.</param>
/// <param name="Values">Values per period; only used by create and replace.</param>
public sealed record OutputMeasureInput(OutputKind Kind, string? Name, OutputUnit Unit, string? UnitLabel, IReadOnlyList<OutputValueInput>? Values = null);

/// <summary>The target and/or realised value of an output measure in one year.</summary>
/// <param name="Period">A year such as 2024.</param>
/// <param name="Target">The target.</param>
/// <param name="Realised">The realised value.</param>
public sealed record OutputValueInput(string? Period, double? Target, double? Realised);

/// <summary>A funding line to add or change; see <see cref="FundingLine"/>.</summary>
/// <param name="Funder">Rijk, provincie, gemeente or other.</param>
/// <param name="FunderName">The body; required for other.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Budget">Budgeted, in euros.</param>
/// <param name="Committed">Contracted or granted.</param>
/// <param name="Spent">Paid out.</param>
public sealed record FundingLineInput(Funder Funder, string? FunderName, int Year, decimal Budget, decimal Committed, decimal Spent);

/// <summary>A progress update to add.</summary>
/// <param name="Date">The day it is about; not after today.</param>
/// <param name="Text">What happened (Markdown).</param>
/// <param name="PercentComplete">How far along, 0..100, if known.</param>
public sealed record ProgressUpdateInput(DateOnly Date, string? Text, int? PercentComplete);

/// <summary>A status transition as a page offers it: start, complete, stop (with reason) or reopen.</summary>
public enum ProjectStatusAction
{
    Start = 0,
    Complete = 1,
    Stop = 2,
    Reopen = 3,
}

/// <summary>A status transition with its date (start, complete, stop) and reason (stop).</summary>
/// <param name="Action">What to do.</param>
/// <param name="Date">The actual start, end or stop date; not after today. Not used by reopen.</param>
/// <param name="Reason">Why the project stops; only for stop.</param>
public sealed record ProjectStatusChange(ProjectStatusAction Action, DateOnly? Date, string? Reason = null);

/// <summary>A focus area a user may put projects in, for the form's choice list.</summary>
/// <param name="Code">The programme's code, e.g. <c>overvecht</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Municipality">The gemeente (GMnnnn).</param>
public sealed record EditableFocusArea(string Code, string Name, string Municipality);

/// <summary>A project with the ids of its children, as an edit form needs it.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="CanEdit">Whether the reading user may change it.</param>
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

/// <summary>
/// What the audit trail stores before and after a change of a project: every value that matters, children
/// included, indicators by code.
/// </summary>
/// <param name="FocusArea">Focus-area code.</param>
/// <param name="Title">Title.</param>
/// <param name="Pillars">Pillar numbers.</param>
/// <param name="OwnerOrganisation">Owner.</param>
/// <param name="StartDate">Start.</param>
/// <param name="EndDate">End.</param>
/// <param name="Status">Status.</param>
/// <param name="StopReason">Stop reason.</param>
/// <param name="Description">Description as typed.</param>
/// <param name="MeetingPlaceName">Meeting place.</param>
/// <param name="MeetingPlaceAddress">Its address.</param>
/// <param name="Published">Published.</param>
/// <param name="ExampleData">Example figures.</param>
/// <param name="Timeline">Progress updates.</param>
/// <param name="Outputs">Output measures with values.</param>
/// <param name="Indicators">Indicator codes, sorted.</param>
/// <param name="Funding">Funding lines.</param>
public sealed record ProjectSnapshot(
    string FocusArea,
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
    bool Published,
    bool ExampleData,
    IReadOnlyList<ProgressEntry> Timeline,
    IReadOnlyList<OutputMeasureView> Outputs,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<FundingLineView> Funding);
