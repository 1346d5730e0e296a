using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.Attendance;

/// <summary>
/// The agenda's view of the attendance at a project's events (<see cref="IAgendaEventAttendance"/>): published events
/// linked to the project that have ended and were not cancelled, counted with the domain's rule
/// (<see cref="CommunityEvent.Attendance"/>), grouped by the year of their start in Europe/Amsterdam.
/// </summary>
internal sealed class AgendaEventAttendance(WijkpeilDbContext db, TimeProvider time) : IAgendaEventAttendance
{
    public async Task<IReadOnlyList<ProjectEventAttendance>> ForProjectAsync(int projectId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var events = await db.CommunityEvents.AsNoTracking()
            .Where(e => e.IsPublished && e.CancelledAt == null && e.EndsAt <= now && e.ProjectIds.Contains(projectId))
            .Include(e => e.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed))
            .ToListAsync(ct);
        return [.. events
            .GroupBy(e => EventTime.LocalOf(e.StartsAt).Year)
            .OrderBy(g => g.Key)
            .Select(g => new ProjectEventAttendance(g.Key, g.Count(), g.Sum(e => e.Attendance(now).Attended), g.Sum(e => e.Attendance(now).NoShows)))];
    }
}
