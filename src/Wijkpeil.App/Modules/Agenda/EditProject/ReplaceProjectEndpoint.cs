using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Agenda.ShowProject;

namespace Wijkpeil.App.Modules.Agenda.EditProject;

/// <summary>PUT /api/v1/projects/{id}.</summary>
internal static class ReplaceProjectEndpoint
{
    internal static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> ReplaceAsync(
        int id, EditProjectHandler handler, ShowProjectQuery query, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        var request = await ProjectRequestReader.ReadAsync(http, json.Value.SerializerOptions, ct);
        if (request.Problem is { } problem)
        {
            return problem;
        }

        var result = await handler.ReplaceAsync(id, http.User, request.Value!, ct);
        if (!result.Succeeded)
        {
            return ProblemResponses.For(result, http);
        }

        var replaced = await query.GetAsync(id, Audience.SignedIn, ct);
        return TypedResults.Ok(ProjectResponse.From(replaced!));
    }
}
