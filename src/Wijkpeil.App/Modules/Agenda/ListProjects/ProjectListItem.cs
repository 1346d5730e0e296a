using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.ListProjects;

/// <summary>A project in the list.</summary>
/// <param name="Id">Its id; its address is /api/v1/projects/{id}.</param>
/// <param name="FocusArea">The focus-area code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Pillars">Pillar numbers.</param>
/// <param name="Status">planned, running, completed or stopped.</param>
/// <param name="OwnerOrganisation">Who answers for it.</param>
/// <param name="StartDate">Planned or actual start; null when not known.</param>
/// <param name="EndDate">Planned or actual end; null when not known.</param>
/// <param name="Published">Visible to anonymous visitors.</param>
/// <param name="ExampleData">Example data (added by <c>wijkpeil demo load</c>): its dates, progress, outputs and money are made up, not the programme's own; pages label it "voorbeeldgegevens".</param>
/// <param name="Programme">The programme's slug.</param>
public sealed record ProjectListItem(
    int Id,
    string FocusArea,
    string Title,
    IReadOnlyList<int> Pillars,
    ProjectStatus Status,
    string? OwnerOrganisation,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool Published,
    bool ExampleData,
    string Programme);
