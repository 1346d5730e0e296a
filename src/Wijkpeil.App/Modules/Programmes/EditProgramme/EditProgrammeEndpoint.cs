using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Programmes.EditProgramme;

/// <summary>PUT /api/v1/programmes/{slug}: a ProgrammeManager replaces a programme's whole definition.</summary>
internal static class EditProgrammeEndpoint
{
    public static async Task<Results<Ok<ProgrammeDefinition>, ProblemHttpResult>> HandleAsync(
        string slug, EditProgrammeHandler handler, IProgrammeCatalogue catalogue, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
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

        var edited = await handler.HandleAsync(slug, request.Value, ct);
        if (!edited.Succeeded)
        {
            return ProblemResponses.For(edited, http);
        }

        var stored = await catalogue.GetAsync(edited.Value.Slug, ct);
        return TypedResults.Ok(ProgrammeDefinition.From(stored!));
    }
}
