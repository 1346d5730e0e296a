using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.Domain.Areas;

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
            return ProblemResponses.For([Problem.Invalid("code", error.Code, code)], http);
        }

        var area = await queries.GetAsync(parsed.Value.Value, ct);
        if (area is null)
        {
            return ProblemResponses.For([Problem.NotFound("area.not_found", parsed.Value.Value)], http);
        }

        return TypedResults.Ok(area);
    }
}
