using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.Attendance;

/// <summary>
/// Organisers check people in at the door: by name (the registration's row) or by the short code in their
/// confirmation, and out again to correct a mistake. Each change is audited on the event (the registration's id and
/// whether it attended, never a name) and evicts the agenda pages that show the attendance, in one transaction.
/// </summary>
public sealed class AttendanceHandler(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, TimeProvider time)
{
    /// <summary>Marks the registration <paramref name="registrationId"/> of the event as attended, or not.</summary>
    public Task<Outcome<EventRegistration>> CheckInAsync(int eventId, ClaimsPrincipal user, int registrationId, bool attended, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var (communityEvent, refused) = await OpenAsync(eventId, user, ct);
            if (refused is not null)
            {
                return refused;
            }

            var registration = communityEvent!.Registrations.FirstOrDefault(r => r.Id == registrationId);
            return registration is null
                ? Problem.NotFound("event.attendance.registration_unknown", registrationId)
                : await MarkAsync(communityEvent, registration, attended, null, ct);
        }, ct);

    /// <summary>Checks in the confirmed registration whose code is <paramref name="code"/> (case and spaces do not matter).</summary>
    public Task<Outcome<EventRegistration>> CheckInByCodeAsync(int eventId, ClaimsPrincipal user, string? code, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var (communityEvent, refused) = await OpenAsync(eventId, user, ct);
            if (refused is not null)
            {
                return refused;
            }

            var typed = code?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
            if (typed.Length == 0)
            {
                return Problem.Invalid(AttendanceInput.CodeField, "event.attendance.code_required");
            }

            var registration = communityEvent!.Registrations.FirstOrDefault(r => string.Equals(r.CheckInCode, typed, StringComparison.OrdinalIgnoreCase));
            return registration is null
                ? Problem.Invalid(AttendanceInput.CodeField, "event.attendance.code_unknown", typed)
                : await MarkAsync(communityEvent, registration, attended: true, AttendanceInput.CodeField, ct);
        }, ct);

    private async Task<Outcome<EventRegistration>> MarkAsync(CommunityEvent communityEvent, EventRegistration registration, bool attended, string? field, CancellationToken ct)
    {
        var before = new AttendanceSnapshot(registration.Id, registration.AttendedAt is not null);
        var marked = communityEvent.CheckIn(registration, attended, time.GetUtcNow());
        if (!marked.IsSuccess)
        {
            return Problem.From(marked.Error!).At(field);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.CommunityEvent, communityEvent.Id.ToString(CultureInfo.InvariantCulture), communityEvent.Title, before, new AttendanceSnapshot(registration.Id, attended));
        publicChanges.Invalidate(IAgendaEventAttendance.CacheTag);
        await db.SaveChangesAsync(ct);
        return registration;
    }

    /// <summary>The event with its registrations, tracked; refused for another role, an unknown, cancelled or anonymised event.</summary>
    private async Task<(CommunityEvent? Event, Problem? Refused)> OpenAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!WijkpeilPermissions.CanManageEvents(user))
        {
            return (null, Problem.Forbidden("event.manage.forbidden"));
        }

        var communityEvent = await db.CommunityEvents.Include(e => e.Registrations).SingleOrDefaultAsync(e => e.Id == id, ct);
        return communityEvent switch
        {
            null => (null, Problem.NotFound("event.not_found", id)),
            { CancelledAt: not null } => (null, Problem.Conflict(null, "event.cancelled")),
            { AnonymisedAt: not null } => (null, Problem.Conflict(null, "event.attendance.anonymised")),
            _ => (communityEvent, null),
        };
    }

    /// <summary>What the audit trail keeps of a check-in: which registration, and whether it attended.</summary>
    private sealed record AttendanceSnapshot(int RegistrationId, bool Attended);
}
