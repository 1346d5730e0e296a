using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Agenda.ShowProject;

namespace Wijkpeil.App.Modules.Agenda.CreateProject;

/// <summary>POST /api/v1/projects.</summary>
internal static class CreateProjectEndpoint
{
    internal static Task<Results<Created<ProjectResponse>, ProblemHttpResult>> CreateAsync(
        CreateProjectHandler handler, ShowProjectQuery query, IAgendaEventAttendance attendance, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct) =>
        ProjectRequestBody.WriteAsync(
            http,
            json,
            query,
            attendance,
            request => handler.HandleAsync(http.User, request, ct),
            (id, project) => TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"{ProjectEndpoints.Path}/{id}"), project),
            ct);
}
