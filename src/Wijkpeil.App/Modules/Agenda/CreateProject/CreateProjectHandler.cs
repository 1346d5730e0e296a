using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda.CreateProject;

/// <summary>
/// Creates a project in the requested status and publication state, with the collections the request gives. The
/// project belongs to one programme: the one <see cref="ProjectRequest.Programme"/> names, or the only programme with
/// a focus area of that code or member; its focus area and pillars are checked against that programme.
/// </summary>
public sealed class CreateProjectHandler(ProjectChanges changes)
{
    public async Task<Outcome<ProjectSaved>> HandleAsync(ClaimsPrincipal user, ProjectRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (WholeProject.Validate(request) is { } invalid)
        {
            return invalid;
        }

        if (!WijkpeilPermissions.CanEditAnyAgenda(user))
        {
            return ProjectProblems.Forbidden();
        }

        var programmes = changes.Programmes;
        Programmes.Contracts.ProgrammeDetails? programme = null;
        if (!string.IsNullOrWhiteSpace(request.Programme))
        {
            programme = await programmes.BySlugAsync(request.Programme, ct);
            if (programme is null)
            {
                return Problem.Invalid("programme", "project.programme.unknown", request.Programme.Trim());
            }
        }

        var candidates = await programmes.CandidatesAsync(request.FocusArea, programme, ct);
        if (candidates.Count > 1)
        {
            // Programmes share this focus area: which one the project belongs to is the caller's choice, not ours.
            return Problem.Invalid("programme", "project.programme.ambiguous", request.FocusArea!.Trim(), string.Join(", ", candidates.Select(c => c.Programme.Slug)));
        }

        if (candidates is not [var found])
        {
            return ProjectProblems.UnknownFocusArea(request.FocusArea);
        }

        if (!WijkpeilPermissions.CanEditAgenda(user, found.FocusArea.Municipality))
        {
            return ProjectProblems.Forbidden();
        }

        var today = changes.Today();
        var details = WholeProject.Details(request, found.FocusArea.Slug);
        var created = Project.Create(AgendaProgrammes.Scope(found.Programme), details);
        if (!created.IsSuccess)
        {
            return Problem.From(created.Error!);
        }

        var project = created.Value;
        var error = WholeProject.ForwardTo(project, details, request, today)
            ?? await WholeProject.ReplaceCollectionsAsync(changes.Indicators, project, request, today, ct);
        return error is not null ? changes.Refuse(error) : await changes.AddAsync(project, found.Programme, ct);
    }
}
