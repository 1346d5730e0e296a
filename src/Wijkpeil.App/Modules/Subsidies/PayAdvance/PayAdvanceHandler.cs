using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Subsidies.AfterGrant;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.PayAdvance;

/// <summary>
/// Records the advance (voorschot, Awb 4:95) on a grant: the scheme's percentage of the granted amount, once, on the
/// day it was paid (the day of the decision or later, not in the future). Officers of the scheme only.
/// </summary>
public sealed class PayAdvanceHandler(MoneyChange change, SubsidyTime time)
{
    public Task<Outcome<SubsidyApplication>> PayAsync(int applicationId, ClaimsPrincipal user, DateOnly? paidOn, CancellationToken ct)
    {
        var today = time.Today;
        var on = paidOn ?? today;
        return change.RunAsync(applicationId, user, (application, scheme) =>
            MoneyChange.Step(application.PayAdvance(scheme, on, SchemeAccess.Actor(user)))
            ?? MoneyChange.CheckPaymentDay(on, application.DecisionSentOn ?? today, today), ct);
    }
}
