using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.Attendance;

/// <summary>One confirmed registration on the attendance list.</summary>
/// <param name="Id">The registration's id (the row's button names it).</param>
/// <param name="Name">The person's name; empty once anonymised.</param>
/// <param name="Organisation">Their organisation.</param>
/// <param name="CheckInCode">The code in their confirmation; null once anonymised.</param>
/// <param name="Attended">Whether they are checked in.</param>
public sealed record AttendanceRow(int Id, string Name, string? Organisation, string? CheckInCode, bool Attended);

/// <summary>An event's attendance list with its counts; times as instants (pages show them in Europe/Amsterdam).</summary>
/// <param name="NoShows">Confirmed but not checked in; 0 until the event has ended (the domain's rule).</param>
/// <param name="CanCheckIn">Not cancelled and not anonymised.</param>
public sealed record AttendanceSheet(
    int Id,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Address,
    bool HasEnded,
    bool CanCheckIn,
    IReadOnlyList<AttendanceRow> Rows,
    int Attended,
    int NoShows);

/// <summary>Reads the attendance list of one event: its confirmed registrations, by name.</summary>
public sealed class AttendanceQuery(WijkpeilDbContext db, TimeProvider time)
{
    public async Task<AttendanceSheet?> FindAsync(int id, CancellationToken ct)
    {
        var e = await db.CommunityEvents.AsNoTracking().Include(x => x.Registrations).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var (attended, noShows) = e.Attendance(now);
        var rows = e.Registrations
            .Where(r => r.Status == RegistrationStatus.Confirmed)
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id)
            .Select(r => new AttendanceRow(r.Id, r.Name, r.Organisation, r.CheckInCode, r.AttendedAt is not null))
            .ToList();
        return new AttendanceSheet(
            e.Id, e.Title, e.StartsAt, e.EndsAt, e.Address, now >= e.EndsAt,
            e.CancelledAt is null && e.AnonymisedAt is null, rows, attended, noShows);
    }
}
