using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Agenda.DeleteProject;

/// <summary>DELETE /api/v1/projects/{id}.</summary>
internal static class DeleteProjectEndpoint
{
    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, DeleteProjectHandler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, http.User, ct);
        return result.Succeeded ? TypedResults.NoContent() : ProblemResponses.For(result, http);
    }
}
