using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Events.Places;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.RegisterForEvent;

/// <summary>A stored registration and the secret of the person's link (shown and mailed once, stored only hashed).</summary>
public sealed record EventRegistered(int EventId, int RegistrationId, RegistrationStatus Status, string LinkSecret, string CheckInCode);

/// <summary>
/// Registers someone without an account. In one transaction: take a place from the database's counter (which never
/// passes the capacity, also when many register at once), record the registration — confirmed with the place, or on
/// the waiting list without — and store it; a refused registration rolls back and so gives its place back.
/// </summary>
public sealed class RegistrationHandler(WijkpeilDbContext db, IPublicChanges publicChanges, TimeProvider time)
{
    /// <summary>The prefix of a registration's link secret, so a leaked one is recognisable.</summary>
    public const string SecretPrefix = "wpe_";

    // No 0/O, 1/I/L: read aloud at the door without doubt.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public Task<Outcome<EventRegistered>> RegisterAsync(int eventId, Registrant who, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        return db.InTransactionAsync<EventRegistered>(async () =>
        {
            var communityEvent = await db.CommunityEvents.Include(e => e.Registrations).SingleOrDefaultAsync(e => e.Id == eventId, ct);
            if (communityEvent is null)
            {
                return Problem.NotFound("event.not_found", eventId);
            }

            var now = time.GetUtcNow();
            if (communityEvent.RefusesRegistration(now) is { } closed)
            {
                return Problem.From(closed);
            }

            var placeHeld = await EventPlaces.TryTakeAsync(db, eventId, ct);
            var secret = SecretToken.New(SecretPrefix);
            var code = NewCode(communityEvent);
            var registered = communityEvent.Register(who, now, SecretToken.Hash(secret), code, placeHeld);
            if (!registered.IsSuccess)
            {
                return Problem.From(registered.Error!);
            }

            publicChanges.Invalidate(EventsCache.Tag); // the list shows the places left
            await db.SaveChangesAsync(ct);
            var registration = registered.Value;
            return new EventRegistered(eventId, registration.Id, registration.Status, secret, code);
        }, ct);
    }

    private static string NewCode(CommunityEvent communityEvent)
    {
        while (true)
        {
            var code = string.Concat(Enumerable.Range(0, 6).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]));
            if (!communityEvent.Registrations.Any(r => r.CheckInCode == code))
            {
                return code;
            }
        }
    }
}
