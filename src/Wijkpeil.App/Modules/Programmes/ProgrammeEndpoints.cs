using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.App.Modules.Programmes.EditProgramme;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>
/// /api/v1/programmes: reading is open (programmes are public: the monitor shows them); creating and replacing take a
/// whole <see cref="ProgrammeDefinition"/>, need a personal access token or the login cookie with the page's
/// antiforgery header, and the ProgrammeManager role. What GET answers, PUT takes back unchanged.
/// </summary>
public static class ProgrammeEndpoints
{
    public const string Path = "/api/v1/programmes";

    public static IEndpointRouteBuilder MapProgrammeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Programma's");
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListProgrammes")
            .WithSummary("Alle programma's (wijkaanpakken), op naam");
        group.MapGet("/{slug}", GetAsync)
            .WithName("GetProgramme")
            .WithSummary("Eén programma: de hele definitie, zoals PUT hem terugneemt")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = group.MapWriteGroup();
        writes.MapPost(string.Empty, CreateProgrammeEndpoint.HandleAsync)
            .WithName("CreateProgramme")
            .WithSummary("Programma aanmaken")
            .WithDescription("Alleen een ProgrammeManager. De hele definitie: slug, name, description, pillars, focusAreas, referenceAreas " +
                "(null: de provincie van elke gemeente en NL00), kernset en waves. Fouten per veld staan in 'errors', bv. focusAreas[1].members[0].")
            .Accepts<ProgrammeDefinition>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPut("/{slug}", EditProgrammeEndpoint.HandleAsync)
            .WithName("ReplaceProgramme")
            .WithSummary("Programma vervangen")
            .WithDescription("Alleen een ProgrammeManager. Vervangt de hele definitie (een andere slug hernoemt het adres). " +
                "Een pijler of focusgebied dat projecten of verhalen nog gebruiken, kan niet weg (409).")
            .Accepts<ProgrammeDefinition>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<ProgrammeSummary>>> ListAsync(IProgrammeCatalogue catalogue, CancellationToken ct) =>
        TypedResults.Ok(await catalogue.ListAsync(ct));

    internal static async Task<Results<Ok<ProgrammeDefinition>, ProblemHttpResult>> GetAsync(string slug, IProgrammeCatalogue catalogue, HttpContext http, CancellationToken ct)
    {
        var programme = await catalogue.GetAsync(slug, ct);
        return programme is null
            ? ProblemResponses.For([Problem.NotFound(ProgrammeProblems.NotFound, slug)], http)
            : TypedResults.Ok(ProgrammeDefinition.From(programme));
    }
}
