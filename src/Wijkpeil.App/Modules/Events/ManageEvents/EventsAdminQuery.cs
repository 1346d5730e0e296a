using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>An event in the organisers' list, with its counts.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="StartsAt">Its start.</param>
/// <param name="EndsAt">Its end.</param>
/// <param name="Address">Where it is held (the meeting-place register is not linked yet).</param>
/// <param name="Capacity">Its places.</param>
/// <param name="PlacesTaken">Places held: confirmed registrations and open offers.</param>
/// <param name="Waiting">People on the waiting list.</param>
/// <param name="State">Draft, published, cancelled or closed.</param>
public sealed record AdminEventRow(int Id, string Title, EventKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Address, int Capacity, int PlacesTaken, int Waiting, EventState State);

/// <summary>Where an event stands, as the lists show it.</summary>
public enum EventState
{
    /// <summary>Not published: only organisers see it.</summary>
    Draft,

    /// <summary>On the public list, open for registration until its deadline.</summary>
    Published,

    /// <summary>Cancelled (a cancellation is never undone).</summary>
    Cancelled,

    /// <summary>Over and reported on.</summary>
    Closed,
}

/// <summary>Every event for the organisers: drafts, published, cancelled and closed ones, the latest start first.</summary>
public sealed class EventsAdminQuery(WijkpeilDbContext db)
{
    public async Task<IReadOnlyList<AdminEventRow>> ListAsync(CancellationToken ct)
    {
        var rows = await db.CommunityEvents.AsNoTracking()
            .OrderByDescending(e => e.StartsAt)
            .ThenByDescending(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.Kind,
                e.StartsAt,
                e.EndsAt,
                e.Address,
                e.Capacity,
                e.PlacesTaken,
                Waiting = e.Registrations.Count(r => r.Status == RegistrationStatus.Waiting),
                e.IsPublished,
                e.CancelledAt,
                e.ClosedAt,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new AdminEventRow(r.Id, r.Title, r.Kind, r.StartsAt, r.EndsAt, r.Address, r.Capacity, r.PlacesTaken, r.Waiting, StateOf(r.IsPublished, r.CancelledAt, r.ClosedAt)))];
    }

    /// <summary>The state of an event from its stored facts: a cancellation or closing outweighs publication.</summary>
    public static EventState StateOf(bool isPublished, DateTimeOffset? cancelledAt, DateTimeOffset? closedAt) =>
        cancelledAt is not null ? EventState.Cancelled
        : closedAt is not null ? EventState.Closed
        : isPublished ? EventState.Published
        : EventState.Draft;
}
