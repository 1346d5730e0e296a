using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Events.Mails;
using Wijkpeil.App.Modules.Events.Places;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.LapseOffers;

/// <summary>
/// Lapses the offers whose time has run out and passes each of their places on to the next in line (or back to the
/// counter), one transaction per event; then mails the new offers and tells those whose offer lapsed. Runs with the
/// daily tasks and <c>wijkpeil tasks run</c>; an offer that expired since is refused when accepted all the same (the
/// domain checks the expiry), so the daily rhythm only delays passing the place on. A second run finds nothing.
/// </summary>
internal sealed class LapseOffersTask(WijkpeilDbContext db, TimeProvider time, EventsOptions options, RegistrantMails mails, IConfiguration configuration) : IDailyTask
{
    public const string TaskName = "events-lapse-offers";

    public string Name => TaskName;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var eventIds = await db.EventRegistrations
            .Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAt < now)
            .Select(r => r.EventId).Distinct().ToListAsync(cancellationToken);

        // Offers are mailed with a link to the event's page only when the site's public address is configured: a task
        // has no request to take it from.
        Uri.TryCreate(configuration[PublicAddress.Key], UriKind.Absolute, out var site);
        var lapsedCount = 0;
        foreach (var eventId in eventIds)
        {
            var outcome = await db.InTransactionAsync<(List<OfferNotice> Lapsed, List<OfferNotice> Offered)>(async () =>
            {
                var communityEvent = await db.CommunityEvents.Include(e => e.Registrations).SingleAsync(e => e.Id == eventId, cancellationToken);
                var lapsed = communityEvent.LapseExpiredOffers(now);
                var offered = new List<OfferNotice>();
                foreach (var _ in lapsed)
                {
                    if (await FreedPlace.PassOnAsync(db, communityEvent, now, options.OfferTime, cancellationToken) is { } next)
                    {
                        offered.Add(OfferNotice.Of(communityEvent, next));
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                List<OfferNotice> notices = [.. lapsed.Select(r => OfferNotice.Of(communityEvent, r))];
                return Outcome<(List<OfferNotice>, List<OfferNotice>)>.Success((notices, offered));
            }, cancellationToken);

            foreach (var lapsed in outcome.Value.Lapsed)
            {
                await mails.SendLapsedAsync(lapsed, cancellationToken);
            }

            foreach (var offer in outcome.Value.Offered)
            {
                await mails.SendOfferAsync(offer, site, cancellationToken);
            }

            lapsedCount += outcome.Value.Lapsed.Count;
        }

        db.ChangeTracker.Clear();
        return lapsedCount;
    }
}
