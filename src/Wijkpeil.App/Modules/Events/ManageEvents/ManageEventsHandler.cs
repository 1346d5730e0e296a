using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Events.Mails;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>
/// Organisers (a ProgrammeManager or Coordinator) create an event, change it, publish it, cancel it (mailing the
/// registrants) and record the report afterwards. Each step
/// checks the role on the server, checks that the pillars, focus areas, projects and meeting place exist (through the
/// Programmes, Agenda and MeetingPlaces contracts), and stores the change with its audit entry and the public pages' eviction in one transaction.
/// </summary>
public sealed class ManageEventsHandler(
    WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, EventChoicesQuery choices, TimeProvider time, RegistrantMails mails, IConfiguration configuration)
{
    /// <summary>A new event, a draft unless <paramref name="publish"/>.</summary>
    public Task<Outcome<CommunityEvent>> CreateAsync(ClaimsPrincipal user, EventDetails details, bool publish, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        if (Refusal(user) is { } refused)
        {
            return refused;
        }

        if (await CheckReferencesAsync(details, ct) is { Count: > 0 } unknown)
        {
            return Outcome<CommunityEvent>.Failure(unknown);
        }

        var created = CommunityEvent.Create(details);
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        var communityEvent = created.Value;
        if (publish)
        {
            communityEvent.Publish();
        }

        db.Add(communityEvent);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.CommunityEvent, Key(communityEvent.Id), communityEvent.Title, null, EventSnapshot.Of(communityEvent));
        Evict();
        await db.SaveChangesAsync(ct);
        return communityEvent;
    }, ct);

    /// <summary>Changes an event's details, and publishes it when asked; a published event stays published.</summary>
    public Task<Outcome<CommunityEvent>> ChangeAsync(int id, ClaimsPrincipal user, EventDetails details, bool publish, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var (communityEvent, refused) = await OpenAsync(id, user, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (await CheckReferencesAsync(details, ct) is { Count: > 0 } unknown)
        {
            return Outcome<CommunityEvent>.Failure(unknown);
        }

        var before = EventSnapshot.Of(communityEvent!);
        var changed = communityEvent!.Change(details);
        if (!changed.IsSuccess)
        {
            return Problem.From(changed.Error!);
        }

        if (publish)
        {
            communityEvent.Publish();
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.CommunityEvent, Key(id), communityEvent.Title, before, EventSnapshot.Of(communityEvent));
        Evict();
        await db.SaveChangesAsync(ct);
        return communityEvent;
    }, ct);

    /// <summary>
    /// Cancels an event: registration stops, its page, the list and the calendars say it is cancelled; then everyone
    /// holding a place or waiting for one is mailed (after the commit: a mail that fails leaves the cancellation stored).
    /// </summary>
    public async Task<Outcome<CommunityEvent>> CancelAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await CancelStoredAsync(id, user, ct);
        if (outcome.Succeeded)
        {
            // A handler has no request to take the site's address from; without it the mail has no link.
            Uri.TryCreate(configuration[PublicAddress.Key], UriKind.Absolute, out var site);
            var e = outcome.Value;
            foreach (var registration in e.Registrations.Where(r => r.IsActive && !r.IsAnonymised))
            {
                await mails.SendCancelledAsync(new CancellationNotice(registration.Email, registration.Name, e.Id, e.Title, e.StartsAt), site, ct);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Records the coordinator's report once the event has ended, which closes it; a closed event's report can be
    /// corrected. A cancelled event has no report.
    /// </summary>
    public Task<Outcome<CommunityEvent>> RecordReportAsync(int id, ClaimsPrincipal user, string? report, CancellationToken ct) => db.InTransactionAsync<CommunityEvent>(async () =>
    {
        if (Refusal(user) is { } refused)
        {
            return refused;
        }

        var communityEvent = await db.CommunityEvents.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (communityEvent is null)
        {
            return Problem.NotFound("event.not_found", id);
        }

        if (communityEvent.CancelledAt is not null)
        {
            return Problem.Conflict(null, "event.cancelled");
        }

        var before = new ReportSnapshot(communityEvent.Report, communityEvent.ClosedAt);
        var closed = communityEvent.Close(report, time.GetUtcNow());
        if (!closed.IsSuccess)
        {
            var problem = Problem.From(closed.Error!);
            return closed.Error!.Code == "event.close.not_ended" ? problem with { Kind = ProblemKind.Conflict } : problem;
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.CommunityEvent, Key(id), communityEvent.Title, before, new ReportSnapshot(communityEvent.Report, communityEvent.ClosedAt));
        Evict();
        await db.SaveChangesAsync(ct);
        return communityEvent;
    }, ct);

    private Task<Outcome<CommunityEvent>> CancelStoredAsync(int id, ClaimsPrincipal user, CancellationToken ct) => db.InTransactionAsync<CommunityEvent>(async () =>
    {
        var (communityEvent, refused) = await OpenAsync(id, user, ct);
        if (refused is not null)
        {
            return refused;
        }

        var before = EventSnapshot.Of(communityEvent!);
        var cancelled = communityEvent!.Cancel(time.GetUtcNow());
        if (!cancelled.IsSuccess)
        {
            return Problem.From(cancelled.Error!) with { Kind = ProblemKind.Conflict };
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.CommunityEvent, Key(id), communityEvent.Title, before, EventSnapshot.Of(communityEvent));
        Evict();
        await db.SaveChangesAsync(ct);
        return communityEvent;
    }, ct);

    private static Problem? Refusal(ClaimsPrincipal user) =>
        WijkpeilPermissions.CanManageEvents(user) ? null : Problem.Forbidden("event.manage.forbidden");

    /// <summary>The event with its registrations (the capacity may not drop below the places held), tracked; or the refusal.</summary>
    private async Task<(CommunityEvent? Event, Problem? Refused)> OpenAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Refusal(user) is { } refused)
        {
            return (null, refused);
        }

        var communityEvent = await db.CommunityEvents.Include(e => e.Registrations).SingleOrDefaultAsync(e => e.Id == id, ct);
        return communityEvent switch
        {
            null => (null, Problem.NotFound("event.not_found", id)),
            { CancelledAt: not null } => (null, Problem.Conflict(null, "event.cancelled")),
            { ClosedAt: not null } => (null, Problem.Conflict(null, "event.manage.closed")),
            _ => (communityEvent, null),
        };
    }

    private async Task<List<Problem>> CheckReferencesAsync(EventDetails details, CancellationToken ct)
    {
        var known = await choices.ReadAsync(ct);
        var problems = new List<Problem>();
        problems.AddRange(details.PillarNumbers.Where(n => known.Pillars.All(p => p.Number != n)).Select(n => Problem.Invalid("pillarNumbers", "event.manage.pillar_unknown", n)));
        problems.AddRange(details.FocusAreaCodes.Where(c => !known.HasFocusArea(c)).Select(c => Problem.Invalid("focusAreaCodes", "event.manage.focus_area_unknown", c)));
        problems.AddRange(details.ProjectIds.Where(id => known.Projects.All(p => p.Id != id)).Select(id => Problem.Invalid("projectIds", "event.manage.project_unknown", id)));
        if (details.MeetingPlaceId is { } placeId && known.MeetingPlaces.All(p => p.Id != placeId))
        {
            problems.Add(Problem.Invalid("meetingPlaceId", "event.manage.meeting_place_unknown", placeId));
        }

        return problems;
    }

    // A draft is on no public page; evicting for it too keeps the rule simple and costs one row. An agenda project's
    // page counts its events' attendance: a cancellation or a change of the linked projects changes it.
    private void Evict() => publicChanges.Invalidate(EventsCache.Tag, IAgendaEventAttendance.CacheTag);

    /// <summary>What the audit trail keeps of a report: its text and when the event was closed.</summary>
    private sealed record ReportSnapshot(string? Report, DateTimeOffset? ClosedAt);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
