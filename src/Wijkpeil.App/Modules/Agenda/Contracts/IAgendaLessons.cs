namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// The lessons that bear on an agenda project, read at page time from the Lessons module (which sits above Agenda,
/// reads projects through <see cref="IProjectDirectory"/> and implements this), chosen by the project itself, its
/// focus area and its pillars.
/// </summary>
public interface IAgendaLessons
{
    /// <summary>The cache tag of every public page showing lessons; saving a lesson names it.</summary>
    const string CacheTag = "lessons";

    /// <summary>At most five published lessons related to the project, the project's own first.</summary>
    Task<IReadOnlyList<ProjectLesson>> ForProjectAsync(int projectId, string focusAreaCode, IReadOnlyCollection<int> pillars, CancellationToken ct);
}

/// <summary>A lesson beside a project: its page is <c>/lessen/{Id}</c>.</summary>
/// <param name="MaturityKey">Its maturity as the Lessons module names it (<c>PracticalExperience</c>, <c>Described</c>, <c>Substantiated</c>).</param>
public sealed record ProjectLesson(int Id, string Title, string MaturityKey);
