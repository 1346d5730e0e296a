using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ListEvents;

/// <summary>A published event as the public list shows it.</summary>
/// <param name="Id">Its id (its page is <c>/bijeenkomsten/{id}</c>).</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="StartsAt">Its start.</param>
/// <param name="EndsAt">Its end.</param>
/// <param name="Address">Where it is held.</param>
/// <param name="PlacesLeft">Places nobody holds; 0 means new registrations join the waiting list.</param>
/// <param name="IsCancelled">Cancelled: shown as such, no places.</param>
public sealed record PublicEventRow(int Id, string Title, EventKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Address, int PlacesLeft, bool IsCancelled);

/// <summary>The public list: upcoming published events, and the most recent past ones.</summary>
/// <param name="Upcoming">Not yet ended, soonest first.</param>
/// <param name="Past">Ended, most recent first, at most <see cref="ListEventsQuery.PastShown"/>.</param>
public sealed record PublicEventList(IReadOnlyList<PublicEventRow> Upcoming, IReadOnlyList<PublicEventRow> Past);

/// <summary>
/// Reads the public list of events. The page is cached for anonymous readers and tagged <see cref="EventsCache.Tag"/>;
/// an event that ends moves from upcoming to past at the latest when the cached page expires (an hour).
/// </summary>
public sealed class ListEventsQuery(WijkpeilDbContext db, PageCacheTags pageTags, TimeProvider time)
{
    /// <summary>How many past events the list shows.</summary>
    public const int PastShown = 20;

    public async Task<PublicEventList> ReadAsync(CancellationToken ct)
    {
        pageTags.Add(EventsCache.Tag);
        var now = time.GetUtcNow();
        var published = db.CommunityEvents.AsNoTracking().Where(e => e.IsPublished);
        var upcoming = await Rows(published.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).ThenBy(e => e.Id)).ToListAsync(ct);
        var past = await Rows(published.Where(e => e.EndsAt <= now).OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id).Take(PastShown)).ToListAsync(ct);
        return new PublicEventList(upcoming, past);
    }

    private static IQueryable<PublicEventRow> Rows(IQueryable<CommunityEvent> events) =>
        events.Select(e => new PublicEventRow(e.Id, e.Title, e.Kind, e.StartsAt, e.EndsAt, e.Address, e.Capacity - e.PlacesTaken, e.CancelledAt != null));
}
