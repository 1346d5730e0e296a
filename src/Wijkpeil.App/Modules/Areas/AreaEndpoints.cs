using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Modules.Areas;

/// <summary>GET /api/v1/areas/{code}: one area of the register.</summary>
public static class AreaEndpoints
{
    public static IEndpointRouteBuilder MapAreaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/areas")
            .WithTags("Gebieden")
            .MapGet("/{code}", GetAreaAsync)
            .WithName("GetArea")
            .WithSummary("Eén gebied: naam, niveau, bovenliggende gebieden, indelingsjaren en focusgebieden")
            .WithDescription("De code is een CBS-gebiedscode: NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn (hoofd- of kleine letters).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    internal static async Task<Results<Ok<AreaDetails>, ProblemHttpResult>> GetAreaAsync(
        [Description("CBS-gebiedscode, bv. WK034403.")] string code,
        AreaQueries queries,
        HttpContext http,
        CancellationToken ct)
    {
        var parsed = AreaCode.Parse(AreaQueries.Normalise(code));
        if (parsed.Error is { } error)
        {
            return ApiProblems.BadRequest(error with { Message = $"Parameter code: {error.Message}" }, http);
        }

        var area = await queries.GetAsync(parsed.Value.Value, ct);
        if (area is null)
        {
            return ApiProblems.NotFound(
                new DomainError("area.not_found", $"Gebied '{parsed.Value}' staat niet in het gebiedenregister. Controleer de code of lees de CBS-gebiedenlijst in."),
                http);
        }

        return TypedResults.Ok(area);
    }
}
