using System.Diagnostics;
using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;
using static Wijkpeil.App.Modules.Agenda.Projects.ProjectProblems;

namespace Wijkpeil.App.Modules.Agenda.ChangeProjectStatus;

/// <summary>Starts, completes, stops or reopens a project. Date errors are reported at field <c>date</c>.</summary>
public sealed class ChangeProjectStatusHandler(ProjectChanges changes)
{
    public Task<Outcome<ProjectSaved>> HandleAsync(int id, ClaimsPrincipal user, ProjectStatusChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        return changes.ChangeAsync(id, user, null, (project, _, today) =>
        {
            if (!Enum.IsDefined(change.Action))
            {
                return Done(Problem.Invalid("action", "project.status.action.invalid"));
            }

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
                _ => throw new UnreachableException(),
            };
            return Done(Check(result));
        }, ct);
    }
}
