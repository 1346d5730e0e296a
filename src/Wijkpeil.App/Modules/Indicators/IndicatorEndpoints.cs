using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>GET /api/v1/indicators: the indicator catalogue.</summary>
public static class IndicatorEndpoints
{
    public static IEndpointRouteBuilder MapIndicatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/indicators")
            .WithTags("Indicatoren")
            .MapGet(string.Empty, ListIndicatorsAsync)
            .WithName("ListIndicators")
            .WithSummary("De indicatorcatalogus: definities, eenheden, bronnen en pijlers")
            .WithDescription("Gesorteerd op code. Een indicator die een import zelf aanmaakte en nog niemand beschreef heeft isCurated=false.");
        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<IndicatorSummary>>> ListIndicatorsAsync(IndicatorQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(ct));
}
