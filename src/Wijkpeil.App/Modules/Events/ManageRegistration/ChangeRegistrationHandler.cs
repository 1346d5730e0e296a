using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Events.Mails;
using Wijkpeil.App.Modules.Events.Places;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageRegistration;

/// <summary>A change made through the person's link, and the offer it led to (to be mailed once it is stored).</summary>
public sealed record RegistrationChanged(RegistrationStatus Status, OfferNotice? Offered);

/// <summary>
/// What the person does through their link: cancel, accept an offered place, decline it. Each change is one
/// transaction: the registration changes, and a place it frees passes to the first in line as a timed offer
/// (<see cref="EventsOptions.OfferTime"/>, at most until the start) or goes back to the counter (<see cref="FreedPlace"/>).
/// Accepting keeps the place the offer already held, so the counter does not move.
/// </summary>
public sealed class ChangeRegistrationHandler(WijkpeilDbContext db, IPublicChanges publicChanges, TimeProvider time, EventsOptions options)
{
    public Task<Outcome<RegistrationChanged>> CancelAsync(string token, CancellationToken ct) =>
        ChangeAsync(token, (e, r, now) => e.CancelRegistration(r, now), ct);

    public Task<Outcome<RegistrationChanged>> AcceptAsync(string token, CancellationToken ct) =>
        ChangeAsync(token, (e, r, now) => Freed(e.AcceptOffer(r, now), frees: false), ct);

    public Task<Outcome<RegistrationChanged>> DeclineAsync(string token, CancellationToken ct) =>
        ChangeAsync(token, (e, r, now) => Freed(e.DeclineOffer(r, now), frees: true), ct);

    private static Result<bool> Freed(Result<EventRegistration> changed, bool frees) =>
        changed.IsSuccess ? frees : changed.Error!;

    /// <summary>Applies <paramref name="change"/> (which says whether it freed a place) and passes a freed place on.</summary>
    private Task<Outcome<RegistrationChanged>> ChangeAsync(string token, Func<CommunityEvent, EventRegistration, DateTimeOffset, Result<bool>> change, CancellationToken ct) =>
        db.InTransactionAsync<RegistrationChanged>(async () =>
        {
            var (communityEvent, registration) = await RegistrationLink.FindAsync(db, token, tracked: true, ct);
            if (communityEvent is null || registration is null)
            {
                return Problem.NotFound("registration.not_found");
            }

            var now = time.GetUtcNow();
            var changed = change(communityEvent, registration, now);
            if (!changed.IsSuccess)
            {
                return Problem.From(changed.Error!);
            }

            var offered = changed.Value ? await FreedPlace.PassOnAsync(db, communityEvent, now, options.OfferTime, ct) : null;
            publicChanges.Invalidate(EventsCache.Tag); // the list shows the places left
            await db.SaveChangesAsync(ct);
            return new RegistrationChanged(registration.Status, offered is null ? null : OfferNotice.Of(communityEvent, offered));
        }, ct);
}
