using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Indicators.CreateIndicator;
using Wijkpeil.App.Modules.Indicators.EditIndicator;
using Wijkpeil.App.Modules.Indicators.RetireIndicator;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>
/// /api/v1/indicators: reading is the public catalogue (described indicators in use; one an import created stays off
/// until someone describes it); creating, replacing and retiring need a personal access token or the login cookie with
/// the page's antiforgery header, and the KnowledgePartner or ProgrammeManager role. What GET /{code} answers, PUT takes back.
/// </summary>
public static class IndicatorEndpoints
{
    public const string Path = "/api/v1/indicators";

    public static IEndpointRouteBuilder MapIndicatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Indicatoren");
        group.MapGet(string.Empty, ListIndicatorsAsync)
            .WithName("ListIndicators")
            .WithSummary("De indicatorcatalogus: definities, eenheden, bronnen en pijlers")
            .WithDescription("Gesorteerd op code. Alleen beschreven indicatoren die niet zijn teruggetrokken; een indicator die een import zelf aanmaakte, staat er pas in als iemand hem beschreef.");
        group.MapGet("/{code}", GetIndicatorAsync)
            .WithName("GetIndicator")
            .WithSummary("Eén beschreven indicator: de hele definitie, zoals PUT hem terugneemt")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = group.MapWriteGroup();
        writes.MapPost(string.Empty, CreateAsync)
            .WithName("CreateIndicator")
            .WithSummary("Indicator aanmaken")
            .WithDescription("Alleen een KnowledgePartner of ProgrammeManager. Alle velden zijn verplicht behalve mappings; sourceKind is survey " +
                "(steekproef, bv. RIVM/GGD) of register (geen steekproeffout, bv. CBS kwb, politie). Fouten per veld staan in 'errors', bv. mappings[0].measureKey.")
            .Accepts<IndicatorDefinition>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPut("/{code}", EditAsync)
            .WithName("ReplaceIndicator")
            .WithSummary("Indicator beschrijven of wijzigen")
            .WithDescription("Alleen een KnowledgePartner of ProgrammeManager. Vervangt de hele beschrijving en de bronkoppelingen; de code blijft. " +
                "Een indicator die een import aanmaakte, is na beschrijven openbaar.")
            .Accepts<IndicatorDefinition>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/{code}/retire", RetireAsync)
            .WithName("RetireIndicator")
            .WithSummary("Indicator terugtrekken")
            .WithDescription("Alleen een KnowledgePartner of ProgrammeManager. De indicator verdwijnt uit de kernsetkeuzes en openbare lijsten; " +
                "zijn cijfers en pagina blijven. Staat hij nog in de kernset van een programma, dan 409.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<IndicatorSummary>>> ListIndicatorsAsync(IndicatorQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(IndicatorListing.Public, ct));

    internal static async Task<Results<Ok<IndicatorDefinition>, ProblemHttpResult>> GetIndicatorAsync(string code, IIndicatorCatalogue catalogue, HttpContext http, CancellationToken ct)
    {
        var indicator = await catalogue.FindAsync(code, ct);
        return indicator is null || !indicator.IsCurated || indicator.RetiredAt is not null
            ? ProblemResponses.For([Problem.NotFound(IndicatorProblems.NotFound, code)], http)
            : TypedResults.Ok(IndicatorDefinition.From(indicator));
    }

    internal static async Task<Results<Created<IndicatorDefinition>, ProblemHttpResult>> CreateAsync(
        CreateIndicatorHandler handler, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        if (!WijkpeilPermissions.CanEditIndicators(http.User))
        {
            return ProblemResponses.For([Problem.Forbidden(IndicatorProblems.Forbidden)], http);
        }

        var request = await JsonRequestBody.ReadAsync<IndicatorDefinition>(http, json.Value.SerializerOptions, ct);
        if (!request.Succeeded)
        {
            return ProblemResponses.For(request, http);
        }

        var created = await handler.HandleAsync(request.Value, ct);
        return created.Succeeded
            ? TypedResults.Created($"{Path}/{Uri.EscapeDataString(created.Value.Code!)}", created.Value)
            : ProblemResponses.For(created, http);
    }

    internal static async Task<Results<Ok<IndicatorDefinition>, ProblemHttpResult>> EditAsync(
        string code, EditIndicatorHandler handler, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        if (!WijkpeilPermissions.CanEditIndicators(http.User))
        {
            return ProblemResponses.For([Problem.Forbidden(IndicatorProblems.Forbidden)], http);
        }

        var request = await JsonRequestBody.ReadAsync<IndicatorDefinition>(http, json.Value.SerializerOptions, ct);
        if (!request.Succeeded)
        {
            return ProblemResponses.For(request, http);
        }

        var edited = await handler.HandleAsync(code, request.Value, ct);
        return edited.Succeeded ? TypedResults.Ok(edited.Value) : ProblemResponses.For(edited, http);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RetireAsync(string code, RetireIndicatorHandler handler, HttpContext http, CancellationToken ct)
    {
        if (!WijkpeilPermissions.CanEditIndicators(http.User))
        {
            return ProblemResponses.For([Problem.Forbidden(IndicatorProblems.Forbidden)], http);
        }

        var retired = await handler.HandleAsync(code, ct);
        return retired.Succeeded ? TypedResults.NoContent() : ProblemResponses.For(retired, http);
    }
}
