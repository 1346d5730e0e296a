using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Schemes;

/// <summary>
/// One officer step on a filed application that does not touch the plafond (completion, delay, objection, advance,
/// settlement, remainder or reclaim): load it whole and tracked, check on the server that the user runs its scheme,
/// take the domain step, audit it and save. A step that changes the scheme's public figures (paid, settled) also evicts
/// the register, the scheme's page and the agenda's scheme block in the same save. The application's status is its
/// concurrency token: two steps at once on one application cannot both be stored on a stale state.
/// </summary>
public sealed class ApplicationChange(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges)
{
    public async Task<Outcome<SubsidyApplication>> RunAsync(int id, ClaimsPrincipal user, Func<SubsidyApplication, SubsidyScheme, Problem?> step, bool changesPublicFigures, CancellationToken ct)
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
        if (changesPublicFigures)
        {
            publicChanges.Invalidate(IAgendaSubsidies.CacheTag);
        }

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
}
