using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;
using static Wijkpeil.App.Modules.Agenda.Projects.ProjectProblems;

namespace Wijkpeil.App.Modules.Agenda.RecordProgress;

/// <summary>Adds entries to a project's timeline, or removes them.</summary>
public sealed class RecordProgressHandler(ProjectChanges changes)
{
    /// <summary>Adds an entry; fields <c>date</c>, <c>text</c>, <c>percentComplete</c>.</summary>
    public Task<Outcome<ProjectSaved>> AddAsync(int id, ClaimsPrincipal user, ProgressUpdateRequest update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        return changes.ChangeAsync(id, user, null, (project, _, today) =>
            update.Date is not { } date ? Done(Required("date")) : Added(project.AddProgressUpdate(date, update.Text, update.PercentComplete, today)), ct);
    }

    /// <summary>Removes an entry.</summary>
    public Task<Outcome<ProjectSaved>> RemoveAsync(int id, ClaimsPrincipal user, int updateId, CancellationToken ct) =>
        changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            var update = project.ProgressUpdates.FirstOrDefault(u => u.Id == updateId);
            return Done(update is not null && project.RemoveProgressUpdate(update) ? null : MissingItem());
        }, ct);
}
