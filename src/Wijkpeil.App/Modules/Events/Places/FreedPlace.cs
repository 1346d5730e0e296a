using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.Places;

/// <summary>
/// What becomes of a place that frees (a cancellation, a declined or lapsed offer): the first in line gets it as an
/// offer, and the counter stays as it is, since an open offer holds the place; with nobody in line, or once the event
/// has begun, it goes back to the counter. Call inside the transaction that stores the change.
/// </summary>
internal static class FreedPlace
{
    /// <summary>Passes one freed place of <paramref name="communityEvent"/> on (tracked, with its registrations); the registration offered it, or null.</summary>
    public static async Task<EventRegistration?> PassOnAsync(WijkpeilDbContext db, CommunityEvent communityEvent, DateTimeOffset now, TimeSpan offerTime, CancellationToken ct)
    {
        var offered = communityEvent.PassOnPlace(now, offerTime);
        if (offered is null)
        {
            await EventPlaces.ReleaseAsync(db, communityEvent.Id, ct);
        }

        return offered;
    }
}
