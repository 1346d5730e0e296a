using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ShowEvent;

/// <summary>A published event as its public page shows it; times already in Europe/Amsterdam.</summary>
/// <param name="RegistrationRefusal">Why nobody can register now (cancelled, registration closed), or null when open.</param>
public sealed record PublicEvent(
    int Id,
    EventKind Kind,
    string Title,
    string? Description,
    DateTime StartsLocal,
    DateTime EndsLocal,
    MeetingPlaceEntry? MeetingPlace,
    string? Address,
    EventAudience Audience,
    IReadOnlyList<string> InvitedGemeenten,
    IReadOnlyList<string> InvitedOrganisations,
    int PlacesLeft,
    bool IsCancelled,
    bool IsClosed,
    string? RegistrationRefusal);

/// <summary>Reads one published event for its public page; an unpublished or unknown one is not found.</summary>
public sealed class EventPageQuery(WijkpeilDbContext db, IMeetingPlaceDirectory meetingPlaces, TimeProvider time)
{
    public async Task<PublicEvent?> FindAsync(int id, CancellationToken ct)
    {
        var e = await db.CommunityEvents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.IsPublished, ct);
        if (e is null)
        {
            return null;
        }

        var place = e.MeetingPlaceId is { } placeId ? (await meetingPlaces.FindAsync([placeId], ct)).GetValueOrDefault(placeId) : null;
        var refusal = e.ClosedAt is not null && e.CancelledAt is null ? "event.registration_closed" : e.RefusesRegistration(time.GetUtcNow())?.Code;
        return new PublicEvent(
            e.Id, e.Kind, e.Title, e.Description, EventTime.LocalOf(e.StartsAt), EventTime.LocalOf(e.EndsAt), place, e.Address, e.Audience,
            e.InvitedGemeenten, e.InvitedOrganisations, Math.Max(0, e.Capacity - e.PlacesTaken), e.CancelledAt is not null, e.ClosedAt is not null, refusal);
    }
}
