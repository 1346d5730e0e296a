using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ScreenApplications;

/// <summary>One filed application on an officer's worklist, with its Awb clock as of today.</summary>
public sealed record WorklistRow(
    int Id,
    string Reference,
    string Title,
    ApplicationStatus Status,
    DateOnly ReceivedOn,
    AwbDeadline Clock,
    decimal AmountRequested,
    decimal? Granted,
    bool IsExampleData = false);

/// <summary>A scheme an officer runs, with how many applications wait for a decision.</summary>
public sealed record SchemeListItem(int Id, string Slug, string Name, string Gemeente, SchemeStatus Status, decimal? Plafond, decimal Granted, int Open, int Overdue, bool IsRunElsewhere = false, SchemeTotals? Totals = null);

/// <summary>
/// The officers' lists: the schemes a user may run, and a scheme's filed applications sorted by the day the decision
/// is due (undecided first, the most urgent on top), each with received date, deadline, days left, paused days and
/// whether it is overdue. The clock is the domain's (<see cref="AwbClock"/>), computed for today in Europe/Amsterdam.
/// </summary>
public sealed class WorklistQuery(WijkpeilDbContext db, SubsidyTime time)
{
    public async Task<IReadOnlyList<SchemeListItem>> SchemesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var schemes = await db.SubsidySchemes.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        var mine = schemes.Where(s => SchemeAccess.MayRun(user, s)).ToList();
        var ids = mine.Select(s => s.Id).ToList();
        var open = await db.SubsidyApplications.AsNoTracking()
            .Where(a => ids.Contains(a.SchemeId) && (a.Status == ApplicationStatus.Received || a.Status == ApplicationStatus.AwaitingCompletion))
            .Include(a => a.CompletionRequests)
            .ToListAsync(ct);
        var today = time.Today;
        var totals = await SchemeTotals.ForSchemesAsync(db, mine, ct);
        return [.. mine.Select(s =>
        {
            var waiting = open.Where(a => a.SchemeId == s.Id).ToList();
            return new SchemeListItem(
                s.Id, s.Slug, s.Name, s.Gemeente.Value, s.StatusOn(today), s.IsRunElsewhere ? null : s.Plafond.Euros, s.Granted.Euros,
                waiting.Count, waiting.Count(a => a.Clock(s, today)?.IsOverdue == true), s.IsRunElsewhere, totals[s.Id]);
        })];
    }

    /// <summary>The worklist of scheme <paramref name="schemeId"/>; null when it does not exist or the user may not run it.</summary>
    public async Task<(SubsidyScheme Scheme, IReadOnlyList<WorklistRow> Rows, SchemeTotals Totals)?> WorklistAsync(int schemeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var scheme = await SchemeAccess.SchemeAsync(db, schemeId, tracked: false, ct);
        if (scheme is null || !WijkpeilPermissions.CanRunSubsidies(user, scheme.Gemeente))
        {
            return null;
        }

        var applications = await db.SubsidyApplications.AsNoTracking()
            .Where(a => a.SchemeId == schemeId && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
            .Include(a => a.CompletionRequests)
            .AsSplitQuery()
            .ToListAsync(ct);
        var today = time.Today;
        var rows = applications
            .Select(a => new WorklistRow(a.Id, a.Reference, a.Title, a.Status, a.ReceivedOn!.Value, a.Clock(scheme, today)!, a.AmountRequested.Euros, a.Granted?.Euros, a.IsExampleData))
            .OrderBy(r => r.Clock.DaysLeft is null ? 1 : 0)
            .ThenBy(r => r.Clock.Deadline)
            .ThenBy(r => r.Reference, StringComparer.Ordinal)
            .ToList();
        return (scheme, rows, (await SchemeTotals.ForSchemesAsync(db, [scheme], ct))[scheme.Id]);
    }
}
