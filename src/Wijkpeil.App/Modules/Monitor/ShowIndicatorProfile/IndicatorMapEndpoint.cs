using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Monitor.Charts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;

/// <summary>
/// The map data of an indicator page and its ranking as CSV (<see cref="IndicatorRankingCsv"/>), beside the page's address. A companion of the page, not part of the versioned
/// API under /api/v1: left out of its OpenAPI document.
/// </summary>
internal static class IndicatorMapEndpoint
{
    public static IEndpointRouteBuilder MapIndicatorMap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/indicatoren/{code}/kaart.geojson", GetMapAsync).ExcludeFromDescription();
        endpoints.MapGet("/indicatoren/{code}/rangorde.csv", IndicatorRankingCsv.GetAsync).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The level a page's <c>niveau</c> names (gemeente when none); null for a name that is no level.</summary>
    internal static AreaLevel? LevelOf(string? niveau) => niveau?.ToLowerInvariant() switch
    {
        "gemeente" or null => AreaLevel.Municipality,
        "wijk" => AreaLevel.District,
        "buurt" => AreaLevel.Neighbourhood,
        _ => null,
    };

    /// <summary>The page's <c>niveau</c> of a level.</summary>
    internal static string NameOf(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => "gemeente",
        AreaLevel.District => "wijk",
        AreaLevel.Neighbourhood => "buurt",
        _ => level.ToString().ToLowerInvariant(),
    };

    internal static async Task<IResult> GetMapAsync(string code, string? niveau, string? binnen, string? periode, string? uitsplitsing, ShowIndicatorProfileQuery query, HttpContext http, CancellationToken ct)
    {
        var level = LevelOf(niveau);
        if (level is null)
        {
            return ProblemResponses.For([Problem.Invalid("niveau", "monitor.map.level", niveau)], http);
        }

        var request = new IndicatorProfileRequest(code, level.Value, binnen?.Trim().ToUpperInvariant(), periode, uitsplitsing);
        var geoJson = await query.MapGeoJsonAsync(request, Audience.Public, ct);
        if (geoJson is null)
        {
            return ProblemResponses.For([Problem.NotFound("monitor.map.unknown", code)], http);
        }

        // The CBS/PDOK rings wind the way RFC 7946 asks, the opposite of what d3 (inside Vega) draws.
        var rewound = GeoJsonWinding.RewindForD3(JsonNode.Parse(geoJson)!);
        return TypedResults.Text(rewound.ToJsonString(), "application/geo+json");
    }
}
