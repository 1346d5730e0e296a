using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>
/// The one path of every write use case of the execution agenda. Each asks
/// <see cref="WijkpeilPermissions.CanEditAgenda"/> on the server for the gemeente of the project's focus area (on a
/// move: of both), stores nothing when anything is refused, and stores a successful change together with one audit
/// entry holding the whole project before and after.
/// </summary>
/// <remarks>
/// A refusal clears the context's change tracker, so a page that goes on to call another use case in the same request
/// cannot save the half-applied change by accident.
/// </remarks>
public sealed class ProjectChanges(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, AgendaProgrammes programmes, IIndicatorCatalogue indicators, TimeProvider clock)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    internal WijkpeilDbContext Db => db;

    internal AgendaProgrammes Programmes => programmes;

    internal IIndicatorCatalogue Indicators => indicators;

    /// <summary>
    /// Loads the project, checks the user against its current focus area (and against <paramref name="newFocusArea"/>
    /// when given, which must be of the project's programme), applies <paramref name="change"/>, audits and saves; or
    /// refuses and forgets. The change returns its refusal, or an added item whose id is reported once saved.
    /// </summary>
    public async Task<Outcome<ProjectSaved>> ChangeAsync(
        int id,
        ClaimsPrincipal user,
        string? newFocusArea,
        Func<Project, ProgrammeDetails, DateOnly, Task<(Problem? Error, object? Added)>> change,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(change);
        var project = await LoadAsync(id, tracked: true, ct);
        if (project is null)
        {
            return ProjectProblems.NotFound(id);
        }

        var programme = await programmes.ByIdAsync(project.ProgrammeId, ct);
        if (programme is null || !CanEdit(user, programme, project.FocusAreaCode))
        {
            return Refuse(ProjectProblems.Forbidden());
        }

        if (newFocusArea is not null)
        {
            var target = await programmes.ResolveAsync(newFocusArea, programme, ct);
            if (target is null)
            {
                return Refuse(ProjectProblems.UnknownFocusArea(newFocusArea));
            }

            if (!WijkpeilPermissions.CanEditAgenda(user, target.Value.FocusArea.Municipality))
            {
                return Refuse(ProjectProblems.Forbidden());
            }
        }

        var before = await SnapshotAsync(project, ct);
        var (wasPublished, oldFocusArea) = (project.IsPublished, project.FocusAreaCode);
        var (error, added) = await change(project, programme, Today());
        if (error is not null)
        {
            return Refuse(error);
        }

        var after = await SnapshotAsync(project, ct);
        audit.Record(AuditAction.Updated, AuditEntityTypes.Project, IdText(id), project.Title, before, after);
        MarkPublicPagesStale(programme, project, wasPublished, oldFocusArea, project.FocusAreaCode);
        await db.SaveChangesAsync(ct);
        var itemId = added switch
        {
            ProgressUpdate u => u.Id,
            OutputMeasure m => m.Id,
            FundingLine f => f.Id,
            _ => (int?)null,
        };
        return new ProjectSaved(id, itemId);
    }

    /// <summary>Stores a new project with its audit entry (the entry names the id, which exists only after the insert).</summary>
    internal async Task<Outcome<ProjectSaved>> AddAsync(Project project, ProgrammeDetails programme, CancellationToken ct)
    {
        await AddAllAsync([project], programme, ct);
        return new ProjectSaved(project.Id);
    }

    /// <summary>Stores new projects of <paramref name="programme"/> together, each with its audit entry, or none of them.</summary>
    internal async Task AddAllAsync(IReadOnlyList<Project> projects, ProgrammeDetails programme, CancellationToken ct)
    {
        var after = new List<ProjectSnapshot>(projects.Count);
        foreach (var project in projects)
        {
            after.Add(await SnapshotAsync(project, ct));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Projects.AddRange(projects);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < projects.Count; i++)
        {
            audit.Record(AuditAction.Created, AuditEntityTypes.Project, IdText(projects[i].Id), projects[i].Title, null, after[i]);
            MarkPublicPagesStale(programme, projects[i], wasPublished: false, projects[i].FocusAreaCode);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Removes the projects of <paramref name="programme"/> marked as example data, each with its audit entry, in one
    /// save; returns how many. Not a person's use case: whoever runs it has the database (the command line).
    /// </summary>
    internal async Task<int> RemoveExamplesAsync(ProgrammeDetails programme, CancellationToken ct)
    {
        var ids = await db.Projects.Where(p => p.ProgrammeId == programme.Id && p.IsExampleData).Select(p => p.Id).ToListAsync(ct);
        var removed = 0;
        foreach (var id in ids)
        {
            // Gone since the ids were read: someone else removed it, with its own audit entry.
            if (await LoadAsync(id, tracked: true, ct) is not { } project)
            {
                continue;
            }

            var before = await SnapshotAsync(project, ct);
            db.Projects.Remove(project);
            audit.Record(AuditAction.Deleted, AuditEntityTypes.Project, IdText(id), project.Title, before, null);
            MarkPublicPagesStale(programme, project, wasPublished: project.IsPublished, project.FocusAreaCode);
            removed++;
        }

        await db.SaveChangesAsync(ct);
        return removed;
    }

    /// <summary>Removes a project with its children and its audit entry.</summary>
    internal async Task<Outcome<ProjectSaved>> RemoveAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var project = await LoadAsync(id, tracked: true, ct);
        if (project is null)
        {
            return ProjectProblems.NotFound(id);
        }

        var programme = await programmes.ByIdAsync(project.ProgrammeId, ct);
        if (programme is null || !CanEdit(user, programme, project.FocusAreaCode))
        {
            return Refuse(ProjectProblems.Forbidden());
        }

        var before = await SnapshotAsync(project, ct);
        db.Projects.Remove(project);
        audit.Record(AuditAction.Deleted, AuditEntityTypes.Project, IdText(id), project.Title, before, null);
        MarkPublicPagesStale(programme, project, wasPublished: project.IsPublished, project.FocusAreaCode);
        await db.SaveChangesAsync(ct);
        return new ProjectSaved(id);
    }

    /// <summary>A project with all its children; tracked for a change, untracked for reading.</summary>
    internal async Task<Project?> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = db.Projects
            .Include(p => p.Pillars)
            .Include(p => p.ProgressUpdates)
            .Include(p => p.OutputMeasures).ThenInclude(m => m.Values)
            .Include(p => p.Indicators)
            .Include(p => p.FundingLines)
            .AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, ct);
    }

    internal DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    internal Outcome<ProjectSaved> Refuse(Problem problem)
    {
        db.ChangeTracker.Clear();
        return problem;
    }

    /// <summary>Whether <paramref name="user"/> may change a project in this focus area of <paramref name="programme"/>.</summary>
    internal static bool CanEdit(ClaimsPrincipal user, ProgrammeDetails programme, string focusAreaCode)
    {
        var focusArea = programme.FocusAreas.FirstOrDefault(f => f.Slug == focusAreaCode);

        // A project whose focus area left the programme can still be cleaned up by a programme manager.
        return focusArea is null
            ? user.IsInRole(WijkpeilRoles.ProgrammeManager)
            : WijkpeilPermissions.CanEditAgenda(user, focusArea.Municipality);
    }

    /// <summary>
    /// Marks the cached public pages that show the project stale: its own page, the agenda lists and its focus areas'
    /// agendas (old and new), never the figures. A project that was and stays a draft is on no public page.
    /// </summary>
    private void MarkPublicPagesStale(ProgrammeDetails programme, Project project, bool wasPublished, params IEnumerable<string> focusAreaCodes)
    {
        if (wasPublished || project.IsPublished)
        {
            publicChanges.Invalidate(
            [
                CacheTags.Agendas,
                CacheTags.Agenda(programme.Slug),
                CacheTags.Project(project.Id),
                .. focusAreaCodes.Select(code => CacheTags.FocusArea(programme.Slug, code)),
            ]);
        }
    }

    private async Task<ProjectSnapshot> SnapshotAsync(Project p, CancellationToken ct)
    {
        var ids = p.Indicators.Select(i => i.IndicatorId).ToList();
        var codes = ids.Count == 0 ? [] : await indicators.Indicators.Where(i => ids.Contains(i.Id)).Select(i => i.Code).ToListAsync(ct);
        return new ProjectSnapshot(
            p.FocusAreaCode,
            p.Title,
            p.PillarNumbers,
            p.OwnerOrganisation,
            p.StartDate,
            p.EndDate,
            p.Status,
            p.StopReason,
            p.Description,
            p.MeetingPlaceName,
            p.MeetingPlaceAddress,
            p.IsPublished,
            p.IsExampleData,
            [.. p.ProgressUpdates.Select(u => new ProgressEntry(u.Date, u.Text, u.PercentComplete))],
            [.. p.OutputMeasures.OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Ordinal).Select(m => new OutputMeasureView(
                m.Kind, m.Name, m.Unit, m.UnitLabel, [.. m.Values.Select(v => new OutputValueView(v.PeriodCode, v.Target, v.Realised))]))],
            [.. codes.Order(StringComparer.Ordinal)],
            [.. p.FundingLines.OrderBy(f => f.Year).ThenBy(f => f.Funder).ThenBy(f => f.FunderName, StringComparer.Ordinal)
                .Select(f => new FundingLineView(f.Funder, f.FunderName, f.Year, f.Budget, f.Committed, f.Spent))]);
    }

    private static string IdText(int id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The refusals the project use cases share, and the small adapters from domain results.</summary>
public static class ProjectProblems
{
    public static Problem Forbidden() => Problem.Forbidden("project.forbidden");

    public static Problem NotFound(int id) => Problem.NotFound("project.not_found", id);

    public static Problem InvalidStatus() => Problem.Invalid("status", "project.status.invalid");

    public static Problem MissingItem() => Problem.NotFound("project.item.not_found");

    public static Problem Required(string field) => Problem.Invalid(field, "projects.field.required");

    public static Problem UnknownFocusArea(string? text) => string.IsNullOrWhiteSpace(text)
        ? Problem.Invalid("focusArea", "project.focus_area.required")
        : Problem.Invalid("focusArea", "project.focus_area.unknown", text.Trim());

    public static Problem UnknownIndicator(string field, string? code) => Problem.Invalid(field, "project.indicator.unknown", code?.Trim());

    /// <summary>The refusal of a domain result, if any.</summary>
    public static Problem? Check<T>(Result<T> result) => result.Error is { } error ? Problem.From(error) : null;

    /// <summary>A change with nothing added: its refusal, if any.</summary>
    public static Task<(Problem?, object?)> Done(Problem? error) => Task.FromResult<(Problem?, object?)>((error, null));

    /// <summary>An item added to the project: the item (its id is reported once saved), or the refusal.</summary>
    public static Task<(Problem?, object?)> Added<T>(Result<T> added)
        where T : notnull =>
        Task.FromResult<(Problem?, object?)>(added.IsSuccess ? (null, added.Value) : (Problem.From(added.Error!), null));
}
