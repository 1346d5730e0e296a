using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;

namespace Wijkpeil.App.Modules.Agenda.ShowProject;

/// <summary>GET /api/v1/projects/{id}.</summary>
internal static class ShowProjectEndpoint
{
    internal static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> GetAsync(int id, ShowProjectQuery query, IAgendaEventAttendance attendance, HttpContext http, CancellationToken ct)
    {
        var project = await query.GetAsync(id, Audience.Of(http.User), ct);
        return project is null
            ? ProblemResponses.For([Problem.NotFound("projects.not_found", id)], http)
            : TypedResults.Ok(ProjectResponse.From(project, await attendance.ForProjectAsync(id, ct)));
    }
}
