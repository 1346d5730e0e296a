namespace Wijkpeil.App.Modules.Agenda.Contracts;

/// <summary>
/// The attendance of the Community of Practice's events linked to agenda projects, read at page time from the Events
/// module (which implements this), so a project's "how much" output for its meetings is never typed twice: the
/// organisers' check-in is the source.
/// </summary>
public interface IAgendaEventAttendance
{
    /// <summary>
    /// The cache tag of every page showing event attendance (an agenda project's page): a check-in, a cancellation or a
    /// change of an event's projects names it (<c>IPublicChanges.Invalidate</c>).
    /// </summary>
    const string CacheTag = "event-attendance";

    /// <summary>Per calendar year (Europe/Amsterdam, by the event's start), oldest first, the ended events linked to <paramref name="projectId"/>; empty when there are none. One SQL command.</summary>
    Task<IReadOnlyList<ProjectEventAttendance>> ForProjectAsync(int projectId, CancellationToken ct);
}

/// <summary>One year of a project's events as its output: how many took place, who came, who did not.</summary>
/// <param name="Year">The calendar year of the events' start.</param>
/// <param name="Events">Published events linked to the project that ended that year and were not cancelled.</param>
/// <param name="Attended">Confirmed registrations checked in at those events.</param>
/// <param name="NoShows">Confirmed registrations not checked in at those events.</param>
public sealed record ProjectEventAttendance(int Year, int Events, int Attended, int NoShows);
