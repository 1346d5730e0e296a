using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.ShowProject;

/// <summary>One project with its timeline, outputs, indicators and funding.</summary>
/// <param name="Id">Its id.</param>
/// <param name="FocusArea">The focus-area code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Pillars">Pillar numbers.</param>
/// <param name="Status">planned, running, completed or stopped.</param>
/// <param name="Published">Visible to anonymous visitors.</param>
/// <param name="ExampleData">Example data (added by <c>wijkpeil demo load</c>): its dates, progress, outputs and money are made up, not the programme's own; pages label it "voorbeeldgegevens".</param>
/// <param name="OwnerOrganisation">Who answers for it.</param>
/// <param name="StartDate">Planned or actual start; null when not known.</param>
/// <param name="EndDate">Planned or actual end; null when not known.</param>
/// <param name="StopReason">Why it stopped.</param>
/// <param name="Description">Markdown as typed; sanitise before rendering as HTML.</param>
/// <param name="MeetingPlaceName">Where residents find it.</param>
/// <param name="MeetingPlaceAddress">That place's address.</param>
/// <param name="PercentComplete">The latest percentage on the timeline.</param>
/// <param name="Outputs">Output measures with values per year.</param>
/// <param name="Funding">Funding lines.</param>
/// <param name="Indicators">Linked outcome indicators.</param>
/// <param name="Progress">The timeline, oldest first.</param>
/// <param name="EventAttendance">Per year, the project's ended Community of Practice events with who attended and who did not (source: the events' attendance records, read live).</param>
public sealed record ProjectResponse(
    int Id,
    string FocusArea,
    string Title,
    IReadOnlyList<int> Pillars,
    ProjectStatus Status,
    bool Published,
    bool ExampleData,
    string? OwnerOrganisation,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? StopReason,
    string? Description,
    string? MeetingPlaceName,
    string? MeetingPlaceAddress,
    int? PercentComplete,
    IReadOnlyList<OutputMeasureView> Outputs,
    IReadOnlyList<FundingLineView> Funding,
    IReadOnlyList<LinkedIndicator> Indicators,
    IReadOnlyList<ProgressEntry> Progress,
    IReadOnlyList<ProjectEventAttendance> EventAttendance)
{
    internal static ProjectResponse From(ProjectView v, IReadOnlyList<ProjectEventAttendance> eventAttendance) => new(
        v.Summary.Id,
        v.Summary.FocusAreaCode,
        v.Summary.Title,
        v.Summary.Pillars,
        v.Summary.Status,
        v.Summary.IsPublished,
        v.Summary.IsExampleData,
        v.Summary.OwnerOrganisation,
        v.Summary.StartDate,
        v.Summary.EndDate,
        v.StopReason,
        v.Description,
        v.Summary.MeetingPlaceName,
        v.MeetingPlaceAddress,
        v.PercentComplete,
        v.Outputs,
        v.Funding,
        v.Indicators,
        v.Timeline,
        eventAttendance);
}
