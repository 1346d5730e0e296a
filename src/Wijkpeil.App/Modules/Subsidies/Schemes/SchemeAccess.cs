using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Schemes;

/// <summary>Loads schemes and applications whole, and asks <see cref="WijkpeilPermissions"/> whether a user may run them.</summary>
internal static class SchemeAccess
{
    public static Task<SubsidyScheme?> SchemeAsync(WijkpeilDbContext db, int id, bool tracked, CancellationToken ct)
    {
        var query = db.SubsidySchemes.Include(s => s.Criteria).Include(s => s.Attachments).Include(s => s.PlafondChanges).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id, ct);
    }

    public static Task<SubsidyApplication?> ApplicationAsync(WijkpeilDbContext db, int id, bool tracked, CancellationToken ct)
    {
        var query = WholeApplications(db);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, ct);
    }

    public static IQueryable<SubsidyApplication> WholeApplications(WijkpeilDbContext db) =>
        db.SubsidyApplications
            .Include(a => a.BudgetLines)
            .Include(a => a.Attachments)
            .Include(a => a.CompletionRequests)
            .Include(a => a.Motivations)
            .Include(a => a.Objections)
            .Include(a => a.Payments)
            .AsSplitQuery();

    /// <summary>
    /// An application (untracked, without its parts) and its scheme for an officer who may run the scheme; else not
    /// found, or forbidden for anyone else.
    /// </summary>
    public static async Task<Outcome<(SubsidyApplication Application, SubsidyScheme Scheme)>> ForOfficerAsync(WijkpeilDbContext db, int applicationId, ClaimsPrincipal user, CancellationToken ct)
    {
        var application = await db.SubsidyApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return SubsidyProblems.ApplicationNotFound(applicationId);
        }

        var scheme = await SchemeAsync(db, application.SchemeId, tracked: false, ct);
        return scheme is null || !MayRun(user, scheme) ? SubsidyProblems.Forbidden() : (application, scheme);
    }

    public static bool MayRun(ClaimsPrincipal user, SubsidyScheme scheme) => WijkpeilPermissions.CanRunSubsidies(user, scheme.Gemeente);

    /// <summary>The name that goes into the record of who did it: the account's e-mail address.</summary>
    public static string Actor(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "onbekend";
}
