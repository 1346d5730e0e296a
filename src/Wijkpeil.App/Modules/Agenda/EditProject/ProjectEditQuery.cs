using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;

namespace Wijkpeil.App.Modules.Agenda.EditProject;

/// <summary>What the edit and delete pages read: a project with its children's ids, and the focus areas a user may choose.</summary>
public sealed class ProjectEditQuery(ProjectChanges changes)
{
    /// <summary>
    /// The focus areas <paramref name="user"/> may put projects in, by name: of <paramref name="programmeSlug"/> when
    /// given, else of every programme.
    /// </summary>
    public async Task<IReadOnlyList<EditableFocusArea>> EditableFocusAreasAsync(ClaimsPrincipal user, string? programmeSlug, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var programmes = await changes.Programmes.AllAsync(ct);
        return [.. programmes
            .Where(p => programmeSlug is null || p.Slug == programmeSlug)
            .SelectMany(p => p.FocusAreas.Select(f => (Programme: p, FocusArea: f)))
            .Where(x => WijkpeilPermissions.CanEditAgenda(user, x.FocusArea.Municipality))
            .OrderBy(x => x.FocusArea.Name, StringComparer.Ordinal).ThenBy(x => x.Programme.Name, StringComparer.Ordinal)
            .Select(x => new EditableFocusArea(x.FocusArea.Slug, x.FocusArea.Name, x.FocusArea.Municipality.Value, x.Programme.Slug, x.Programme.Name))];
    }

    /// <summary>
    /// A project with its children's ids for an edit form, and whether <paramref name="user"/> may change it; null when
    /// there is no such project or the user may not read drafts and it is unpublished.
    /// </summary>
    public async Task<ProjectEditView?> GetAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var project = await changes.LoadAsync(id, tracked: false, ct);
        if (project is null || (!project.IsPublished && !WijkpeilPermissions.CanReadDrafts(user)))
        {
            return null;
        }

        var programme = await changes.Programmes.ByIdAsync(project.ProgrammeId, ct);
        var focusArea = programme?.FocusAreas.FirstOrDefault(f => f.Slug == project.FocusAreaCode);
        var indicatorIds = project.Indicators.Select(i => i.IndicatorId).ToList();
        var indicators = await changes.Indicators.Indicators
            .Where(i => indicatorIds.Contains(i.Id))
            .OrderBy(i => i.Code)
            .Select(i => new LinkedIndicator(i.Id, i.Code, i.NameNl))
            .ToListAsync(ct);
        return new ProjectEditView(
            project.Id,
            programme is not null && ProjectChanges.CanEdit(user, programme, project.FocusAreaCode),
            programme?.Slug ?? string.Empty,
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
}
