using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Subsidies.AfterGrant;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.SettleSubsidy;

/// <summary>
/// Settles a granted subsidy (vaststelling, Awb 4:46): at the granted amount, or lower with a reason code from the law
/// and an explanation (Awb 3:46). Not above the grant. What remains to be paid or to be paid back follows from what
/// was paid. The plafond's ledger keeps the granted amount: a lower settlement frees no room for new grants (see
/// docs/subsidies.md, "Money after the grant").
/// </summary>
public sealed class SettleSubsidyHandler(MoneyChange change, SubsidyTime time)
{
    public Task<Outcome<SubsidyApplication>> SettleAsync(int applicationId, ClaimsPrincipal user, Money settled, SettlementReason reason, string? explanation, CancellationToken ct) =>
        change.RunAsync(applicationId, user, (application, _) => MoneyChange.Step(application.Settle(settled, reason, explanation, time.Now)), ct);
}
