using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Agenda.ShowProject;

namespace Wijkpeil.App.Modules.Agenda.EditProject;

/// <summary>PUT /api/v1/projects/{id}.</summary>
internal static class ReplaceProjectEndpoint
{
    internal static Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> ReplaceAsync(
        int id, EditProjectHandler handler, ShowProjectQuery query, IAgendaEventAttendance attendance, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct) =>
        ProjectRequestBody.WriteAsync(
            http,
            json,
            query,
            attendance,
            request => handler.ReplaceAsync(id, http.User, request, ct),
            (_, project) => TypedResults.Ok(project),
            ct);
}
