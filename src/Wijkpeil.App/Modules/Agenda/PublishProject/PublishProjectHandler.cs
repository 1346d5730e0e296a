using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;

namespace Wijkpeil.App.Modules.Agenda.PublishProject;

/// <summary>Shows a project to anonymous visitors, or takes it back.</summary>
public sealed class PublishProjectHandler(ProjectChanges changes)
{
    public Task<Outcome<ProjectSaved>> HandleAsync(int id, ClaimsPrincipal user, bool published, CancellationToken ct) =>
        changes.ChangeAsync(id, user, null, (project, _, _) =>
        {
            if (published)
            {
                project.Publish();
            }
            else
            {
                project.Unpublish();
            }

            return ProjectProblems.Done(null);
        }, ct);
}
