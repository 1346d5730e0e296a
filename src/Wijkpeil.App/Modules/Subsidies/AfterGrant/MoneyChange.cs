using System.Globalization;
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

namespace Wijkpeil.App.Modules.Subsidies.AfterGrant;

/// <summary>
/// One officer step on the money of a granted application (advance, settlement, remainder or reclaim): load it whole
/// and tracked, check on the server that the user runs its scheme, take the domain step, audit it and save. Every step
/// changes the scheme's public figures (paid, settled), so it evicts the register, the scheme's page and the agenda's
/// scheme block in the same save. The application's status is its concurrency token: a settlement and a payment made
/// at once on one application cannot both be stored on a stale state.
/// </summary>
public sealed class MoneyChange(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges)
{
    public async Task<Outcome<SubsidyApplication>> RunAsync(int id, ClaimsPrincipal user, Func<SubsidyApplication, SubsidyScheme, Problem?> step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        db.ChangeTracker.Clear();
        var application = await SchemeAccess.ApplicationAsync(db, id, tracked: true, ct);
        if (application is null)
        {
            return SubsidyProblems.ApplicationNotFound(id);
        }

        var scheme = await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        if (scheme is null || !SchemeAccess.MayRun(user, scheme))
        {
            db.ChangeTracker.Clear();
            return SubsidyProblems.Forbidden();
        }

        var before = ApplicationSnapshot.Of(application);
        var problem = step(application, scheme);
        if (problem is not null)
        {
            db.ChangeTracker.Clear();
            return problem;
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.SubsidyApplication, id.ToString(CultureInfo.InvariantCulture), application.Reference, before, ApplicationSnapshot.Of(application));
        publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SubsidyProblems.ChangedMeanwhile();
        }

        return application;
    }

    /// <summary>
    /// A domain refusal as a problem: one about a field is bad input (422); one about the application's state (advance
    /// twice, settling a refusal, nothing left to pay) is a conflict with where the application stands (409).
    /// </summary>
    public static Problem? Step<T>(Result<T> result)
    {
        if (result.IsSuccess)
        {
            return null;
        }

        var problem = Problem.From(result.Error!);
        return problem.Field is null ? problem with { Kind = ProblemKind.Conflict } : problem;
    }

    /// <summary>A payment's day: from <paramref name="earliest"/> (the decision it follows) up to today, never in the future.</summary>
    public static Problem? CheckPaymentDay(DateOnly on, DateOnly earliest, DateOnly today) =>
        on >= earliest && on <= today ? null : Problem.Invalid("paidOn", "subsidy.payment.day_out_of_range", on, earliest, today);
}
