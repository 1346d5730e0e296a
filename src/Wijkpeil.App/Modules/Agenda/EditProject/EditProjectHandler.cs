using System.Security.Claims;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.Domain.Agenda;
using static Wijkpeil.App.Modules.Agenda.Projects.ProjectProblems;

namespace Wijkpeil.App.Modules.Agenda.EditProject;

/// <summary>
/// Changes an existing project: the whole editable state (API replace, and the edit page's details form), or only
/// the details. The focus area may change within the project's programme, never to another programme's.
/// </summary>
public sealed class EditProjectHandler(ProjectChanges changes)
{
    /// <summary>
    /// Replaces details, status, stop reason and publication and, where given, the collections; one audit entry for
    /// all of it.
    /// </summary>
    public async Task<Outcome<ProjectSaved>> ReplaceAsync(int id, ClaimsPrincipal user, ProjectRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (WholeProject.Validate(request) is { } invalid)
        {
            return invalid;
        }

        return await changes.ChangeAsync(id, user, request.FocusArea ?? string.Empty, async (project, programme, today) =>
        {
            if (!string.IsNullOrWhiteSpace(request.Programme) && !string.Equals(request.Programme.Trim(), programme.Slug, StringComparison.OrdinalIgnoreCase))
            {
                return (Problem.Invalid("programme", "project.programme.fixed", programme.Slug), null);
            }

            var focusArea = AgendaProgrammes.FindFocusArea(programme, StripProgramme(request.FocusArea))!;
            var details = WholeProject.Details(request, focusArea.Slug);
            var error = WholeProject.BackTo(project, request.Status!.Value, request.StopReason)
                ?? Check(project.Update(AgendaProgrammes.Scope(programme), details))
                ?? WholeProject.ForwardTo(project, details, request, today)
                ?? await WholeProject.ReplaceCollectionsAsync(changes.Indicators, project, request, today, ct);
            return (error, null);
        }, ct);
    }

    /// <summary>Changes the details; status and publication stay as they are.</summary>
    public Task<Outcome<ProjectSaved>> UpdateDetailsAsync(int id, ClaimsPrincipal user, ProjectDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        return changes.ChangeAsync(id, user, details.FocusAreaCode ?? string.Empty, (project, programme, _) =>
        {
            var focusArea = AgendaProgrammes.FindFocusArea(programme, StripProgramme(details.FocusAreaCode))!;
            return Done(Check(project.Update(AgendaProgrammes.Scope(programme), details with { FocusAreaCode = focusArea.Slug })));
        }, ct);
    }

    // The form may post "programme/code"; ProjectChanges has checked the programme part already.
    private static string? StripProgramme(string? text) =>
        text?.Trim() is { } t && t.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? t[(slash + 1)..] : text;
}
