using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.ManageRegistration;

/// <summary>A registration as its person sees it through their link.</summary>
/// <param name="Position">Their place in line while waiting (1 is first), else null.</param>
public sealed record RegistrationView(
    int EventId,
    string EventTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool EventCancelled,
    string Name,
    string Email,
    RegistrationStatus Status,
    int? Position,
    DateTimeOffset? OfferExpiresAt,
    string? CheckInCode);

/// <summary>Reads the registration behind a secret link, for the person's page and the confirmation mail.</summary>
public sealed class RegistrationQuery(WijkpeilDbContext db)
{
    public async Task<RegistrationView?> FindAsync(string? token, CancellationToken ct)
    {
        var (e, r) = await RegistrationLink.FindAsync(db, token, tracked: false, ct);
        if (e is null || r is null)
        {
            return null;
        }

        var position = r.Status == RegistrationStatus.Waiting ? e.WaitingList.TakeWhile(w => w.Id != r.Id).Count() + 1 : (int?)null;
        return new RegistrationView(e.Id, e.Title, e.StartsAt, e.EndsAt, e.CancelledAt is not null, r.Name, r.Email, r.Status, position, r.OfferExpiresAt, r.CheckInCode);
    }
}
