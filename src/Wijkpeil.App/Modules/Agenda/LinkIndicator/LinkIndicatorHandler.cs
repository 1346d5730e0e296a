using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;
using static Wijkpeil.App.Modules.Agenda.Projects.ProjectProblems;

namespace Wijkpeil.App.Modules.Agenda.LinkIndicator;

/// <summary>The outcome indicators a project aims to move, linked and unlinked by code; field <c>indicator</c>.</summary>
public sealed class LinkIndicatorHandler(ProjectChanges changes)
{
    /// <summary>Links an indicator.</summary>
    public Task<Outcome<ProjectSaved>> LinkAsync(int id, ClaimsPrincipal user, string indicatorCode, CancellationToken ct) =>
        changes.ChangeAsync(id, user, null, async (project, _, _) =>
        {
            var indicatorId = await FindAsync(indicatorCode, ct);
            return indicatorId is null
                ? (UnknownIndicator("indicator", indicatorCode), null)
                : (Check(project.LinkIndicator(indicatorId.Value)), null);
        }, ct);

    /// <summary>Unlinks an indicator.</summary>
    public Task<Outcome<ProjectSaved>> UnlinkAsync(int id, ClaimsPrincipal user, string indicatorCode, CancellationToken ct) =>
        changes.ChangeAsync(id, user, null, async (project, _, _) =>
        {
            var indicatorId = await FindAsync(indicatorCode, ct);
            return (indicatorId is not null && project.UnlinkIndicator(indicatorId.Value) ? null : MissingItem(), null);
        }, ct);

    private async Task<int?> FindAsync(string? indicatorCode, CancellationToken ct)
    {
        var code = indicatorCode?.Trim();
        return await changes.Indicators.Indicators.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
    }
}
