using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Events.RegisterForEvent;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageRegistration;

/// <summary>
/// The person's secret link, <c>/bijeenkomsten/inschrijving/{secret}</c>: only the secret's hash is stored, so a lookup
/// is one indexed query on it; anything not shaped like a secret is refused before the database is asked, and an
/// anonymised registration has no link any more. Requests are counted per client (<see cref="RegistrationLinkRateLimit"/>).
/// </summary>
internal static class RegistrationLink
{
    // "wpe_" and 43 characters of URL-safe Base64 (32 bytes).
    private const int TokenLength = 47;

    public static bool IsShapedLikeSecret(string? token) =>
        token is { Length: TokenLength } && token.StartsWith(RegistrationHandler.SecretPrefix, StringComparison.Ordinal)
        && token.Skip(RegistrationHandler.SecretPrefix.Length).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The event (with all its registrations) and the registration behind <paramref name="token"/>, or nulls.</summary>
    public static async Task<(CommunityEvent? Event, EventRegistration? Registration)> FindAsync(WijkpeilDbContext db, string? token, bool tracked, CancellationToken ct)
    {
        if (!IsShapedLikeSecret(token))
        {
            return (null, null);
        }

        var hash = SecretToken.Hash(token!);
        var eventId = await db.EventRegistrations.Where(r => r.LinkTokenHash == hash).Select(r => (int?)r.EventId).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return (null, null);
        }

        var events = tracked ? db.CommunityEvents : db.CommunityEvents.AsNoTracking();
        var communityEvent = await events.Include(e => e.Registrations).SingleOrDefaultAsync(e => e.Id == eventId, ct);
        return (communityEvent, communityEvent?.Registrations.SingleOrDefault(r => r.LinkTokenHash == hash));
    }
}
