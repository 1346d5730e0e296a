using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Scheduling;

namespace Wijkpeil.App.Modules.Events.AnonymiseRegistrations;

/// <summary>
/// Retention (AVG art. 5 lid 1 e): <see cref="EventsOptions.RetentionDays"/> after an event ended, its registrants'
/// names, e-mail addresses, links and check-in codes are removed; status, organisation, gemeente and attendance stay
/// for the counts. One event at a time, each saved on its own; an anonymised event is never due again, so a second
/// run does nothing.
/// </summary>
internal sealed class AnonymiseRegistrationsTask(WijkpeilDbContext db, TimeProvider time, EventsOptions options) : IDailyTask
{
    public const string TaskName = "events-anonymise";

    public string Name => TaskName;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var endedBefore = now.AddDays(-options.RetentionDays);
        var due = await db.CommunityEvents
            .Where(e => e.AnonymisedAt == null && e.EndsAt <= endedBefore)
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var eventId in due)
        {
            db.ChangeTracker.Clear();
            var communityEvent = await db.CommunityEvents.Include(e => e.Registrations).SingleAsync(e => e.Id == eventId, cancellationToken);
            communityEvent.AnonymiseRegistrations(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return due.Count;
    }
}
