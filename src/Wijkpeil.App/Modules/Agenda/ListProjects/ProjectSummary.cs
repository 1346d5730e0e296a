using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.ListProjects;

/// <summary>A line of the agenda as lists show it.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="FocusAreaCode">The programme's focus-area code, e.g. <c>overvecht</c>.</param>
/// <param name="Title">The project's title.</param>
/// <param name="Pillars">Pillar numbers, ascending.</param>
/// <param name="OwnerOrganisation">Who answers for the project, when known.</param>
/// <param name="Status">Planned, running, completed or stopped.</param>
/// <param name="StartDate">Planned or actual start.</param>
/// <param name="EndDate">Planned or actual end.</param>
/// <param name="MeetingPlaceName">Where residents find the project, if anywhere.</param>
/// <param name="IsPublished">Visible to anonymous visitors.</param>
/// <param name="IsExampleData">Its figures are examples, not the programme's own.</param>
/// <param name="ProgrammeId">The programme it belongs to.</param>
public sealed record ProjectSummary(
    int Id,
    string FocusAreaCode,
    string Title,
    IReadOnlyList<int> Pillars,
    string? OwnerOrganisation,
    ProjectStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? MeetingPlaceName,
    bool IsPublished,
    bool IsExampleData,
    int ProgrammeId);
