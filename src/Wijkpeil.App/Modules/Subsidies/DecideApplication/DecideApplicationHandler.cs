using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DecideApplication;

/// <summary>
/// Decides an application: grant in full or in part, refuse, or not considered. A grant reserves its amount in the
/// scheme's ledger in the same transaction (<see cref="PlafondLedger"/>), so the granted total never passes the plafond
/// however many officers decide at once (Awb 4:25 lid 2); the application's status is the concurrency token, so two
/// decisions on one application cannot both be stored.
/// </summary>
public sealed class DecideApplicationHandler(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, SubsidyTime time)
{
    public async Task<Outcome<DecisionRecorded>> DecideAsync(int applicationId, ClaimsPrincipal user, DecisionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        return await db.InTransactionAsync(() => DecideInTransactionAsync(applicationId, user, request, ct), ct);
    }

    private async Task<Outcome<DecisionRecorded>> DecideInTransactionAsync(int applicationId, ClaimsPrincipal user, DecisionRequest request, CancellationToken ct)
    {
        var application = await SchemeAccess.ApplicationAsync(db, applicationId, tracked: true, ct);
        if (application is null)
        {
            return SubsidyProblems.ApplicationNotFound(applicationId);
        }

        var scheme = await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        if (scheme is null || !SchemeAccess.MayRun(user, scheme))
        {
            return SubsidyProblems.Forbidden();
        }

        var before = ApplicationSnapshot.Of(application);
        var (now, today, actor) = (time.Now, time.Today, SchemeAccess.Actor(user));
        var decided = request.Kind switch
        {
            DecisionKind.Grant or DecisionKind.PartialGrant => application.Grant(scheme, request.Amount ?? application.AmountRequested, request.Motivation, request.PerCriterion, now, today, actor),
            DecisionKind.Refusal => application.Refuse(scheme, request.Motivation, request.PerCriterion, now, today, actor),
            _ => application.DeclareNotConsidered(request.Motivation, now, today, actor),
        };
        if (!decided.IsSuccess)
        {
            return Problem.From(decided.Error!);
        }

        var plafond = scheme.PlafondFor(application.SubmittedAt);
        if (application.Granted is { } granted && !await PlafondLedger.TryReserveAsync(db, scheme.Id, granted, plafond, ct))
        {
            var remaining = plafond - Money.FromCents(await PlafondLedger.GrantedCentsAsync(db, scheme.Id, ct));
            return SubsidyProblems.PlafondExceeded(granted, remaining, plafond);
        }

        // A grant changes the register, the scheme's page and the agenda project's subsidy block.
        if (application.IsGranted)
        {
            publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyApplication, application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), application.Reference, before, ApplicationSnapshot.Of(application));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SubsidyProblems.ChangedMeanwhile();
        }

        var left = scheme.Plafond - Money.FromCents(await PlafondLedger.GrantedCentsAsync(db, scheme.Id, ct));
        return new DecisionRecorded(application.Id, application.Reference, application.Decision!.Value, application.Granted, left);
    }
}
