using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Agenda.ShowProject;

namespace Wijkpeil.App.Modules.Agenda.CreateProject;

/// <summary>POST /api/v1/projects.</summary>
internal static class CreateProjectEndpoint
{
    internal static async Task<Results<Created<ProjectResponse>, ProblemHttpResult>> CreateAsync(
        CreateProjectHandler handler, ShowProjectQuery query, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        var request = await ProjectRequestReader.ReadAsync(http, json.Value.SerializerOptions, ct);
        if (request.Problem is { } problem)
        {
            return problem;
        }

        var result = await handler.HandleAsync(http.User, request.Value!, ct);
        if (!result.Succeeded)
        {
            return ProblemResponses.For(result, http);
        }

        var id = result.Value.ProjectId;
        var created = await query.GetAsync(id, Audience.SignedIn, ct);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"{ProjectEndpoints.Path}/{id}"), ProjectResponse.From(created!));
    }
}
