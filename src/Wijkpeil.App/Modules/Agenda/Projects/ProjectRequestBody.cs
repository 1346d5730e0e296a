using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Agenda.ShowProject;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>POST and PUT /api/v1/projects: a whole <see cref="ProjectRequest"/> in the body, written by a use case.</summary>
internal static class ProjectRequestBody
{
    /// <summary>
    /// Reads the body with <see cref="JsonRequestBody"/> (unknown members, malformed JSON and wrong types are problems
    /// at their field), hands the request to <paramref name="write"/>, and answers with the project as stored.
    /// </summary>
    public static async Task<Results<TResult, ProblemHttpResult>> WriteAsync<TResult>(
        HttpContext http,
        IOptions<JsonOptions> json,
        ShowProjectQuery query,
        IAgendaEventAttendance attendance,
        Func<ProjectRequest, Task<Outcome<ProjectSaved>>> write,
        Func<int, ProjectResponse, TResult> answer,
        CancellationToken ct)
        where TResult : IResult
    {
        var request = await JsonRequestBody.ReadAsync<ProjectRequest>(http, json.Value.SerializerOptions, ct);
        if (!request.Succeeded)
        {
            return ProblemResponses.For(WithStatusNamed(request.Problems), http);
        }

        var result = await write(request.Value);
        if (!result.Succeeded)
        {
            return ProblemResponses.For(result, http);
        }

        var id = result.Value.ProjectId;
        var stored = await query.GetAsync(id, Audience.SignedIn, ct);
        return answer(id, ProjectResponse.From(stored!, await attendance.ForProjectAsync(id, ct)));
    }

    // A status name the API does not know gets the agenda's own message, which lists the statuses there are.
    private static IReadOnlyList<Problem> WithStatusNamed(IReadOnlyList<Problem> problems) =>
        [.. problems.Select(p => p is { Field: "status", Code: "request.body.invalid_value" }
            ? Problem.Invalid("status", "projects.status.unknown", p.Arguments.ElementAtOrDefault(1))
            : p)];
}
