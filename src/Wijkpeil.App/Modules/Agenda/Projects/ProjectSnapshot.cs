using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.Projects;

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
