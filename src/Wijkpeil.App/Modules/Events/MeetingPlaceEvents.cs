using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;

namespace Wijkpeil.App.Modules.Events;

/// <inheritdoc cref="IMeetingPlaceEvents"/>
internal sealed class MeetingPlaceEvents(WijkpeilDbContext db) : IMeetingPlaceEvents
{
    public async Task<IReadOnlyList<PlaceEvent>> AtAsync(int meetingPlaceId, CancellationToken cancellationToken = default)
    {
        var rows = await db.CommunityEvents.AsNoTracking()
            .Where(e => e.MeetingPlaceId == meetingPlaceId && e.IsPublished)
            .Select(e => new { e.Id, e.Kind, e.Title, e.StartsAt, e.EndsAt, e.CancelledAt })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(e => e.StartsAt)
            .Select(e => new PlaceEvent(e.Id, e.Kind, e.Title, e.StartsAt, EventTime.LocalOf(e.StartsAt), EventTime.LocalOf(e.EndsAt), e.CancelledAt is not null, EventLinks.Page(e.Id)))];
    }
}
