using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Subsidies.AfterGrant;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.RecordBalance;

/// <summary>
/// After the settlement: records the remainder paid to the recipient, or the reclaim received back from them
/// (terugvordering, Awb 4:57), for exactly the amount the balance says; refused when the balance is square. The day is
/// the settlement's day or later, never in the future.
/// </summary>
public sealed class RecordBalanceHandler(MoneyChange change, SubsidyTime time)
{
    public Task<Outcome<SubsidyApplication>> RecordAsync(int applicationId, ClaimsPrincipal user, DateOnly? paidOn, CancellationToken ct)
    {
        var today = time.Today;
        var on = paidOn ?? today;
        return change.RunAsync(applicationId, user, (application, _) =>
            MoneyChange.Step(application.RecordBalance(on, SchemeAccess.Actor(user)))
            ?? MoneyChange.CheckPaymentDay(on, application.SettledAt is { } settled ? SubsidyTime.DayOf(settled) : today, today), ct);
    }
}
