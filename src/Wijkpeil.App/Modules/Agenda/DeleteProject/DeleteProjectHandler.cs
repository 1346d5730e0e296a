using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;

namespace Wijkpeil.App.Modules.Agenda.DeleteProject;

/// <summary>Deletes a project with its children; stories about it keep existing without the link.</summary>
public sealed class DeleteProjectHandler(ProjectChanges changes)
{
    public Task<Outcome<ProjectSaved>> HandleAsync(int id, ClaimsPrincipal user, CancellationToken ct) => changes.RemoveAsync(id, user, ct);
}
