using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>
/// Every write use case of the execution agenda, for the pages and the API alike. Each one asks
/// <see cref="WijkpeilPermissions.CanEditAgenda"/> on the server for the gemeente of the project's focus area
/// (on a move: of both), stores nothing when anything is refused, and stores a successful change together with
/// one audit entry holding the whole project before and after.
/// </summary>
/// <remarks>
/// A refusal clears the context's change tracker, so a page that goes on to call another use case in the same
/// request cannot save the half-applied change by accident.
/// </remarks>
public sealed class ProjectEditing(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges, TimeProvider clock)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The focus areas <paramref name="user"/> may put projects in, by name.</summary>
    public async Task<IReadOnlyList<EditableFocusArea>> EditableFocusAreasAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var programmes = await LoadProgrammesAsync(ct);
        return [.. programmes.SelectMany(p => p.FocusAreas)
            .Where(f => WijkpeilPermissions.CanEditAgenda(user, f.MunicipalityCode))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new EditableFocusArea(f.Code, f.Name, f.MunicipalityCode.Value))];
    }

    /// <summary>
    /// The programme's focus-area code for <paramref name="focusArea"/>, given as that code or as a CBS code of one
    /// of its wijken or buurten (or a buurt inside one of its wijken); null when it names no focus area.
    /// </summary>
    public async Task<string?> ResolveFocusAreaCodeAsync(string? focusArea, CancellationToken ct)
    {
        var programmes = await LoadProgrammesAsync(ct);
        return programmes.Select(p => FindFocusArea(p, focusArea)).FirstOrDefault(f => f is not null)?.Code;
    }

    /// <summary>
    /// A project with its children's ids for an edit form, and whether <paramref name="user"/> may change it;
    /// null when there is no such project or the user may not read drafts and it is unpublished.
    /// </summary>
    public async Task<ProjectEditView?> GetForEditAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var project = await LoadProjectAsync(id, tracked: false, ct);
        if (project is null || (!project.IsPublished && !WijkpeilPermissions.CanReadDrafts(user)))
        {
            return null;
        }

        var programme = (await LoadProgrammesAsync(ct)).Single(p => p.Id == project.ProgrammeId);
        var focusArea = programme.FocusAreas.FirstOrDefault(f => f.Code == project.FocusAreaCode);
        var indicatorIds = project.Indicators.Select(i => i.IndicatorId).ToList();
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => indicatorIds.Contains(i.Id))
            .OrderBy(i => i.Code)
            .Select(i => new LinkedIndicator(i.Id, i.Code, i.NameNl))
            .ToListAsync(ct);
        return new ProjectEditView(
            project.Id,
            CanEdit(user, programme, project.FocusAreaCode),
            project.FocusAreaCode,
            focusArea?.Name ?? project.FocusAreaCode,
            project.Title,
            project.PillarNumbers,
            project.OwnerOrganisation,
            project.StartDate,
            project.EndDate,
            project.Status,
            project.StopReason,
            project.Description,
            project.MeetingPlaceName,
            project.MeetingPlaceAddress,
            project.IsPublished,
            project.IsExampleData,
            [.. project.ProgressUpdates.Select(u => new ProgressUpdateItem(u.Id, u.Date, u.Text, u.PercentComplete))],
            [.. project.OutputMeasures.OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Ordinal).Select(m => new OutputMeasureItem(
                m.Id, m.Kind, m.Name, m.Unit, m.UnitLabel, [.. m.Values.Select(v => new OutputValueView(v.PeriodCode, v.Target, v.Realised))]))],
            indicators,
            [.. project.FundingLines.OrderBy(f => f.Year).ThenBy(f => f.Funder).Select(f => new FundingLineItem(f.Id, f.Funder, f.FunderName, f.Year, f.Budget, f.Committed, f.Spent))]);
    }

    /// <summary>Creates a project in the given status and publication state, optionally with its collections.</summary>
    public async Task<Outcome<ProjectSaved>> CreateAsync(ClaimsPrincipal user, ProjectInput input, ProjectCollectionsInput? collections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (!WijkpeilPermissions.CanEditAnyAgenda(user))
        {
            return Forbidden();
        }

        var programmes = await LoadProgrammesAsync(ct);
        var (programme, focusArea) = programmes.Select(p => (p, FindFocusArea(p, input.Details.FocusAreaCode))).FirstOrDefault(x => x.Item2 is not null);
        if (programme is null || focusArea is null)
        {
            return UnknownFocusArea(input.Details.FocusAreaCode);
        }

        if (!WijkpeilPermissions.CanEditAgenda(user, focusArea.MunicipalityCode))
        {
            return Forbidden();
        }

        var today = Today();
        var details = input.Details with { FocusAreaCode = focusArea.Code };
        var created = Project.Create(programme, details);
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        var project = created.Value;
        var error = ForwardTo(project, details, input, today)
            ?? await ReplaceCollectionsAsync(project, collections, today, ct);
        if (error is not null)
        {
            return Refuse(error);
        }

        var after = await SnapshotAsync(project, ct);

        // The entry names the id, which exists only after the insert: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.Created, AuditEntityTypes.Project, IdText(project.Id), project.Title, null, after);
        MarkPublicPagesStale(programme, project, wasPublished: false, project.FocusAreaCode);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ProjectSaved(project.Id);
    }

    /// <summary>
    /// Replaces the whole editable state (details, status, stop reason, publication) and, where given, the
    /// collections; one audit entry for all of it.
    /// </summary>
    public Task<Outcome<ProjectSaved>> ReplaceAsync(int id, ClaimsPrincipal user, ProjectInput input, ProjectCollectionsInput? collections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(id, user, input.Details.FocusAreaCode ?? string.Empty, async (project, programme, today) =>
        {
            var details = input.Details with { FocusAreaCode = FindFocusArea(programme, input.Details.FocusAreaCode)!.Code };
            var error = BackTo(project, input)
                ?? Check(project.Update(programme, details))
                ?? ForwardTo(project, details, input, today)
                ?? await ReplaceCollectionsAsync(project, collections, today, ct);
            return (error, null);
        }, ct);
    }

    /// <summary>Changes the details; status and publication stay as they are.</summary>
    public Task<Outcome<ProjectSaved>> UpdateDetailsAsync(int id, ClaimsPrincipal user, ProjectDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        return ChangeAsync(id, user, details.FocusAreaCode ?? string.Empty, (project, programme, _) =>
        {
            var resolved = details with { FocusAreaCode = FindFocusArea(programme, details.FocusAreaCode)!.Code };
            return Done(Check(project.Update(programme, resolved)));
        }, ct);
    }

    /// <summary>Starts, completes, stops or reopens the project. Date errors are reported at field <c>date</c>.</summary>
    public Task<Outcome<ProjectSaved>> ChangeStatusAsync(int id, ClaimsPrincipal user, ProjectStatusChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeAsync(id, user, null, (project, _, today) =>
        {
            if (change.Action != ProjectStatusAction.Reopen && change.Date is null)
            {
                return Done(Problem.Invalid("date", "project.status.date.required"));
            }

            var result = change.Action switch
            {
                ProjectStatusAction.Start => project.Start(change.Date!.Value, today),
                ProjectStatusAction.Complete => project.Complete(change.Date!.Value, today),
                ProjectStatusAction.Stop => project.Stop(change.Date!.Value, change.Reason, today),
                ProjectStatusAction.Reopen => project.Reopen(),
                _ => new DomainError("project.status.action.invalid", "Kies starten, afronden, stoppen of heropenen.", "action"),
            };
            return Done(Check(result));
        }, ct);
    }

    /// <summary>Shows the project to anonymous visitors, or takes it back.</summary>
    public Task<Outcome<ProjectSaved>> SetPublishedAsync(int id, ClaimsPrincipal user, bool published, CancellationToken ct) =>
        ChangeAsync(id, user, null, (project, _, _) =>
        {
            if (published)
            {
                project.Publish();
            }
            else
            {
                project.Unpublish();
            }

            return Done(null);
        }, ct);

    /// <summary>Deletes the project with its children; stories about it keep existing without the link.</summary>
    public async Task<Outcome<ProjectSaved>> DeleteAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var project = await LoadProjectAsync(id, tracked: true, ct);
        if (project is null)
        {
            return NotFound(id);
        }

        var programme = (await LoadProgrammesAsync(ct)).Single(p => p.Id == project.ProgrammeId);
        if (!CanEdit(user, programme, project.FocusAreaCode))
        {
            return Refuse(Forbidden());
        }

        var before = await SnapshotAsync(project, ct);
        db.Projects.Remove(project);
        audit.Record(AuditAction.Deleted, AuditEntityTypes.Project, IdText(id), project.Title, before, null);
        MarkPublicPagesStale(programme, project, wasPublished: project.IsPublished, project.FocusAreaCode);
        await db.SaveChangesAsync(ct);
        return new ProjectSaved(id);
    }

    /// <summary>
    /// Marks the cached public pages that show the project stale: its own page, the agenda lists and its focus areas'
    /// agendas (old and new), never the figures. A project that was and stays a draft is on no public page.
    /// </summary>
    private void MarkPublicPagesStale(Programme programme, Project project, bool wasPublished, params IEnumerable<string> focusAreaCodes)
    {
        if (wasPublished || project.IsPublished)
        {
            publicChanges.Invalidate(
            [
                CacheTags.Agendas,
                CacheTags.Agenda(programme.Code),
                CacheTags.Project(project.Id),
                .. focusAreaCodes.Select(code => CacheTags.FocusArea(programme.Code, code)),
            ]);
        }
    }

    /// <summary>Adds an entry to the timeline; fields <c>date</c>, <c>text</c>, <c>percentComplete</c>.</summary>
    public Task<Outcome<ProjectSaved>> AddProgressUpdateAsync(int id, ClaimsPrincipal user, ProgressUpdateInput update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        return ChangeAsync(id, user, null, (project, _, today) =>
        {
            var added = project.AddProgressUpdate(update.Date, update.Text, update.PercentComplete, today);
            return Added(added);
        }, ct);
    }

    /// <summary>Removes an entry from the timeline.</summary>
    public Task<Outcome<ProjectSaved>> RemoveProgressUpdateAsync(int id, ClaimsPrincipal user, int updateId, CancellationToken ct) =>
        ChangeAsync(id, user, null, (project, _, _) =>
        {
            var update = project.ProgressUpdates.FirstOrDefault(u => u.Id == updateId);
            return Done(update is not null && project.RemoveProgressUpdate(update) ? null : MissingItem());
        }, ct);

    /// <summary>Adds an output measure (its values go through <see cref="SetOutputValueAsync"/>).</summary>
    public Task<Outcome<ProjectSaved>> AddOutputMeasureAsync(int id, ClaimsPrincipal user, OutputMeasureInput measure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return ChangeAsync(id, user, null, (project, _, _) =>
        {
            var added = project.AddOutputMeasure(measure.Kind, measure.Name, measure.Unit, measure.UnitLabel);
            return Added(added);
        }, ct);
    }

    /// <summary>Changes an output measure's kind, name or unit.</summary>
    public Task<Outcome<ProjectSaved>> ChangeOutputMeasureAsync(int id, ClaimsPrincipal user, int measureId, OutputMeasureInput measure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is null
                ? MissingItem()
                : Check(project.ChangeOutputMeasure(existing, measure.Kind, measure.Name, measure.Unit, measure.UnitLabel)));
        }, ct);
    }

    /// <summary>Removes an output measure with its values.</summary>
    public Task<Outcome<ProjectSaved>> RemoveOutputMeasureAsync(int id, ClaimsPrincipal user, int measureId, CancellationToken ct) =>
        ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is not null && project.RemoveOutputMeasure(existing) ? null : MissingItem());
        }, ct);

    /// <summary>Sets the target and/or realised value of a measure for a year; fields <c>period</c>, <c>target</c>, <c>realised</c>.</summary>
    public Task<Outcome<ProjectSaved>> SetOutputValueAsync(int id, ClaimsPrincipal user, int measureId, OutputValueInput value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is null ? MissingItem() : Check(existing.SetValue(value.Period, value.Target, value.Realised)));
        }, ct);
    }

    /// <summary>Removes a measure's values for a year.</summary>
    public Task<Outcome<ProjectSaved>> RemoveOutputValueAsync(int id, ClaimsPrincipal user, int measureId, string period, CancellationToken ct) =>
        ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.OutputMeasures.FirstOrDefault(m => m.Id == measureId);
            return Done(existing is not null && existing.RemoveValue(period) ? null : MissingItem());
        }, ct);

    /// <summary>Links an outcome indicator by its code; field <c>indicator</c>.</summary>
    public Task<Outcome<ProjectSaved>> LinkIndicatorAsync(int id, ClaimsPrincipal user, string indicatorCode, CancellationToken ct) =>
        ChangeAsync(id, user, null, async (project, _, _) =>
        {
            var code = indicatorCode?.Trim();
            var indicatorId = await db.Indicators.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
            if (indicatorId is null)
            {
                return (UnknownIndicator("indicator", indicatorCode), null);
            }

            return (Check(project.LinkIndicator(indicatorId.Value)), null);
        }, ct);

    /// <summary>Unlinks an outcome indicator by its code.</summary>
    public Task<Outcome<ProjectSaved>> UnlinkIndicatorAsync(int id, ClaimsPrincipal user, string indicatorCode, CancellationToken ct) =>
        ChangeAsync(id, user, null, async (project, _, _) =>
        {
            var code = indicatorCode?.Trim();
            var indicatorId = await db.Indicators.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
            return (indicatorId is not null && project.UnlinkIndicator(indicatorId.Value) ? null : MissingItem(), null);
        }, ct);

    /// <summary>Adds a funding line; fields <c>funder</c>, <c>funderName</c>, <c>year</c>, <c>budget</c>, <c>committed</c>, <c>spent</c>.</summary>
    public Task<Outcome<ProjectSaved>> AddFundingLineAsync(int id, ClaimsPrincipal user, FundingLineInput line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ChangeAsync(id, user, null, (project, _, _) =>
        {
            var added = project.AddFundingLine(line.Funder, line.FunderName, line.Year, line.Budget, line.Committed, line.Spent);
            return Added(added);
        }, ct);
    }

    /// <summary>Changes a funding line's funder and amounts.</summary>
    public Task<Outcome<ProjectSaved>> ChangeFundingLineAsync(int id, ClaimsPrincipal user, int lineId, FundingLineInput line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.FundingLines.FirstOrDefault(f => f.Id == lineId);
            return Done(existing is null
                ? MissingItem()
                : Check(existing.Change(line.Funder, line.FunderName, line.Year, line.Budget, line.Committed, line.Spent)));
        }, ct);
    }

    /// <summary>Removes a funding line.</summary>
    public Task<Outcome<ProjectSaved>> RemoveFundingLineAsync(int id, ClaimsPrincipal user, int lineId, CancellationToken ct) =>
        ChangeAsync(id, user, null, (project, _, _) =>
        {
            var existing = project.FundingLines.FirstOrDefault(f => f.Id == lineId);
            return Done(existing is not null && project.RemoveFundingLine(existing) ? null : MissingItem());
        }, ct);

    /// <summary>
    /// The one path of every change to an existing project: load, check the user against the current focus area
    /// (and against <paramref name="newFocusArea"/> when given), apply, audit, save, or refuse and forget.
    /// </summary>
    private async Task<Outcome<ProjectSaved>> ChangeAsync(
        int id,
        ClaimsPrincipal user,
        string? newFocusArea,
        Func<Project, Programme, DateOnly, Task<(Problem? Error, object? Added)>> change,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var project = await LoadProjectAsync(id, tracked: true, ct);
        if (project is null)
        {
            return NotFound(id);
        }

        var programme = (await LoadProgrammesAsync(ct)).Single(p => p.Id == project.ProgrammeId);
        if (!CanEdit(user, programme, project.FocusAreaCode))
        {
            return Refuse(Forbidden());
        }

        if (newFocusArea is not null)
        {
            var target = FindFocusArea(programme, newFocusArea);
            if (target is null)
            {
                return Refuse(UnknownFocusArea(newFocusArea));
            }

            if (!WijkpeilPermissions.CanEditAgenda(user, target.MunicipalityCode))
            {
                return Refuse(Forbidden());
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

    /// <summary>
    /// First half of reaching a status: a completed or stopped project reopens when it is to end up elsewhere, or
    /// stopped for another reason; a running project cannot go back to planned.
    /// </summary>
    private static Problem? BackTo(Project project, ProjectInput input)
    {
        if (!Enum.IsDefined(input.Status))
        {
            return InvalidStatus();
        }

        var closed = project.Status is ProjectStatus.Completed or ProjectStatus.Stopped;
        var newReason = project.Status == ProjectStatus.Stopped && input.Status == ProjectStatus.Stopped
            && !string.Equals(project.StopReason, input.StopReason?.Trim(), StringComparison.Ordinal);
        if (closed && (project.Status != input.Status || newReason))
        {
            project.Reopen();
        }

        if (project.Status == ProjectStatus.Running && input.Status == ProjectStatus.Planned)
        {
            return Problem.Invalid("status", "project.status.transition");
        }

        return null;
    }

    /// <summary>Second half: from planned or running forward to the requested status, with the details' dates.</summary>
    private static Problem? ForwardTo(Project project, ProjectDetails details, ProjectInput input, DateOnly today)
    {
        if (!Enum.IsDefined(input.Status))
        {
            return InvalidStatus();
        }

        if (project.Status == ProjectStatus.Planned && input.Status is ProjectStatus.Running or ProjectStatus.Completed)
        {
            if (details.StartDate is not { } start)
            {
                return Problem.Invalid("startDate", "project.start.required");
            }

            if (project.Start(start, today).Error is { } error)
            {
                return Problem.From(error);
            }
        }

        if (project.Status == ProjectStatus.Running && input.Status == ProjectStatus.Completed)
        {
            if (details.EndDate is not { } end)
            {
                return Problem.Invalid("endDate", "project.end.required");
            }

            if (project.Complete(end, today).Error is { } error)
            {
                return Problem.From(error);
            }
        }

        if (project.Status is ProjectStatus.Planned or ProjectStatus.Running && input.Status == ProjectStatus.Stopped)
        {
            if (details.EndDate is not { } end)
            {
                return Problem.Invalid("endDate", "project.end.required");
            }

            if (project.Stop(end, input.StopReason, today).Error is { } error)
            {
                return Problem.From(error);
            }
        }

        if (input.Published)
        {
            project.Publish();
        }
        else
        {
            project.Unpublish();
        }

        return null;
    }

    private async Task<Problem?> ReplaceCollectionsAsync(Project project, ProjectCollectionsInput? input, DateOnly today, CancellationToken ct)
    {
        if (input is null)
        {
            return null;
        }

        if (input.Outputs is { } outputs)
        {
            foreach (var old in project.OutputMeasures.ToList())
            {
                project.RemoveOutputMeasure(old);
            }

            for (var i = 0; i < outputs.Count; i++)
            {
                var path = $"outputs[{i}]";
                var measure = project.AddOutputMeasure(outputs[i].Kind, outputs[i].Name, outputs[i].Unit, outputs[i].UnitLabel);
                if (!measure.IsSuccess)
                {
                    return Problem.From(measure.Error!, path);
                }

                var values = outputs[i].Values ?? [];
                for (var j = 0; j < values.Count; j++)
                {
                    if (measure.Value.SetValue(values[j].Period, values[j].Target, values[j].Realised).Error is { } error)
                    {
                        return Problem.From(error, $"{path}.values[{j}]");
                    }
                }
            }
        }

        if (input.Funding is { } funding)
        {
            foreach (var old in project.FundingLines.ToList())
            {
                project.RemoveFundingLine(old);
            }

            for (var i = 0; i < funding.Count; i++)
            {
                var f = funding[i];
                if (project.AddFundingLine(f.Funder, f.FunderName, f.Year, f.Budget, f.Committed, f.Spent).Error is { } error)
                {
                    return Problem.From(error, $"funding[{i}]");
                }
            }
        }

        if (input.Indicators is { } codes)
        {
            var wanted = codes.Select(c => c?.Trim() ?? string.Empty).ToList();
            var known = await db.Indicators.AsNoTracking().Where(i => wanted.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, ct);
            var ids = new List<int>();
            for (var i = 0; i < wanted.Count; i++)
            {
                if (!known.TryGetValue(wanted[i], out var indicatorId))
                {
                    return UnknownIndicator($"indicators[{i}]", codes[i]);
                }

                if (ids.Contains(indicatorId))
                {
                    return Problem.Invalid($"indicators[{i}]", "project.indicator.duplicate", wanted[i]);
                }

                ids.Add(indicatorId);
            }

            // Only the difference: unlinking and relinking the same indicator would clash on the unique index within one save.
            foreach (var old in project.Indicators.Where(l => !ids.Contains(l.IndicatorId)).ToList())
            {
                project.UnlinkIndicator(old.IndicatorId);
            }

            foreach (var indicatorId in ids.Where(n => project.Indicators.All(l => l.IndicatorId != n)))
            {
                project.LinkIndicator(indicatorId);
            }
        }

        if (input.Progress is { } progress)
        {
            foreach (var old in project.ProgressUpdates.ToList())
            {
                project.RemoveProgressUpdate(old);
            }

            for (var i = 0; i < progress.Count; i++)
            {
                var p = progress[i];
                if (project.AddProgressUpdate(p.Date, p.Text, p.PercentComplete, today).Error is { } error)
                {
                    return Problem.From(error, $"progress[{i}]");
                }
            }
        }

        return null;
    }

    private async Task<Project?> LoadProjectAsync(int id, bool tracked, CancellationToken ct)
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

    // Read without tracking: a change to a project must never save anything of its programme.
    private async Task<List<Programme>> LoadProgrammesAsync(CancellationToken ct) =>
        await db.Programmes.AsNoTracking().Include(p => p.FocusAreas).Include(p => p.Pillars).AsSplitQuery().OrderBy(p => p.Id).ToListAsync(ct);

    private async Task<ProjectSnapshot> SnapshotAsync(Project p, CancellationToken ct)
    {
        var ids = p.Indicators.Select(i => i.IndicatorId).ToList();
        var codes = ids.Count == 0 ? [] : await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => i.Code).ToListAsync(ct);
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

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    private Outcome<ProjectSaved> Refuse(Problem problem)
    {
        db.ChangeTracker.Clear();
        return problem;
    }

    private static bool CanEdit(ClaimsPrincipal user, Programme programme, string focusAreaCode)
    {
        var focusArea = programme.FocusAreas.FirstOrDefault(f => f.Code == focusAreaCode);

        // A project whose focus area left the programme can still be cleaned up by a programme manager.
        return focusArea is null
            ? user.IsInRole(WijkpeilRoles.ProgrammeManager)
            : WijkpeilPermissions.CanEditAgenda(user, focusArea.MunicipalityCode);
    }

    private static FocusArea? FindFocusArea(Programme programme, string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var byCode = programme.FocusAreas.FirstOrDefault(f => string.Equals(f.Code, trimmed, StringComparison.OrdinalIgnoreCase));
        if (byCode is not null || !AreaCode.TryParse(trimmed, out var area))
        {
            return byCode;
        }

        return programme.FocusAreas.FirstOrDefault(f => f.Members.Contains(area))
            ?? (area.Level == AreaLevel.Neighbourhood && area.DerivedParent is { } wijk ? programme.FocusAreas.FirstOrDefault(f => f.Members.Contains(wijk)) : null);
    }

    private static Task<(Problem?, object?)> Done(Problem? error) => Task.FromResult<(Problem?, object?)>((error, null));

    /// <summary>An item added to the project: the item (its id is reported once saved), or the refusal.</summary>
    private static Task<(Problem?, object?)> Added<T>(Result<T> added)
        where T : notnull =>
        Task.FromResult<(Problem?, object?)>(added.IsSuccess ? (null, added.Value) : (Problem.From(added.Error!), null));

    private static Problem? Check<T>(Result<T> result) => result.Error is { } error ? Problem.From(error) : null;

    private static Problem Forbidden() => Problem.Forbidden("project.forbidden");

    private static Problem NotFound(int id) => Problem.NotFound("project.not_found", id);

    private static Problem InvalidStatus() => Problem.Invalid("status", "project.status.invalid");

    private static Problem UnknownFocusArea(string? text) => string.IsNullOrWhiteSpace(text)
        ? Problem.Invalid("focusArea", "project.focus_area.required")
        : Problem.Invalid("focusArea", "project.focus_area.unknown", text.Trim());

    private static Problem UnknownIndicator(string field, string? code) => Problem.Invalid(field, "project.indicator.unknown", code?.Trim());

    private static Problem MissingItem() => Problem.NotFound("project.item.not_found");

    private static string IdText(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
