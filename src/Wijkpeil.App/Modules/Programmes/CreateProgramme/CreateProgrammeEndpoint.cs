using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Programmes.CreateProgramme;

/// <summary>POST /api/v1/programmes: a ProgrammeManager creates a programme from a whole definition.</summary>
internal static class CreateProgrammeEndpoint
{
    public static async Task<Results<Created<ProgrammeDefinition>, ProblemHttpResult>> HandleAsync(
        CreateProgrammeHandler handler, IProgrammeCatalogue catalogue, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        if (!WijkpeilPermissions.CanEditProgrammes(http.User))
        {
            return ProblemResponses.For([Problem.Forbidden(ProgrammeProblems.Forbidden)], http);
        }

        var request = await JsonRequestBody.ReadAsync<ProgrammeDefinition>(http, json.Value.SerializerOptions, ct);
        if (!request.Succeeded)
        {
            return ProblemResponses.For(request, http);
        }

        var created = await handler.HandleAsync(request.Value, ct);
        if (!created.Succeeded)
        {
            return ProblemResponses.For(created, http);
        }

        var stored = await catalogue.GetAsync(created.Value.Slug, ct);
        return TypedResults.Created($"{ProgrammeEndpoints.Path}/{created.Value.Slug}", ProgrammeDefinition.From(stored!));
    }
}
