using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Events.Places;

/// <summary>
/// The only writer of an event's place counter (<see cref="Domain.Learning.CommunityEvent.PlacesTaken"/>). Taking a
/// place is one conditional UPDATE — add one where the count stays within the capacity — so the database decides, not
/// a read made earlier: on PostgreSQL the second of two concurrent updates waits for the first's row lock and re-checks
/// the condition; on SQLite write transactions begin IMMEDIATE and take turns. Call it inside the transaction that
/// stores the registration, so a failed registration gives its place back by rolling back.
/// </summary>
internal static class EventPlaces
{
    /// <summary>Takes one place of <paramref name="eventId"/> unless all are taken; whether it did.</summary>
    public static async Task<bool> TryTakeAsync(WijkpeilDbContext db, int eventId, CancellationToken ct) =>
        await db.CommunityEvents
            .Where(e => e.Id == eventId && e.PlacesTaken < e.Capacity)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken + 1), ct) == 1;

    /// <summary>Gives one place back (a cancellation or lapsed offer nobody in line can take).</summary>
    public static Task ReleaseAsync(WijkpeilDbContext db, int eventId, CancellationToken ct) =>
        db.CommunityEvents
            .Where(e => e.Id == eventId && e.PlacesTaken > 0)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken - 1), ct);

    /// <summary>The places taken as the database holds them now (not a tracked copy).</summary>
    public static Task<int> TakenAsync(WijkpeilDbContext db, int eventId, CancellationToken ct) =>
        db.CommunityEvents.Where(e => e.Id == eventId).Select(e => e.PlacesTaken).SingleAsync(ct);
}
