using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Monitor.Charts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>
/// The files behind the monitor's pages: the map data of an indicator page and the PDF of a factsheet.
/// They sit beside their pages' addresses, so a reader can see what belongs to what.
/// </summary>
public static class MonitorEndpoints
{
    public static IEndpointRouteBuilder MapMonitorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Companions of pages, not part of the versioned API under /api/v1: left out of its OpenAPI document.
        endpoints.MapGet("/indicatoren/{code}/kaart.geojson", GetMapAsync).ExcludeFromDescription();
        endpoints.MapGet("/programmas/{programme}/factsheets/{code}/{wave}.pdf", GetFactsheetPdfAsync).ExcludeFromDescription();

        // Factsheets were per calendar year before programmes had waves: old links and bookmarks move on.
        endpoints.MapGet("/factsheets/{code}/{period}.pdf", (string code, string period, MonitorQueries monitor, CancellationToken ct) => MovedFactsheetAsync(code, period, ".pdf", monitor, ct)).ExcludeFromDescription();
        endpoints.MapGet("/factsheets/{code}/{period}", (string code, string period, MonitorQueries monitor, CancellationToken ct) => MovedFactsheetAsync(code, period, string.Empty, monitor, ct)).ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<IResult> GetMapAsync(string code, string? niveau, string? binnen, string? periode, string? uitsplitsing, MonitorQueries monitor, HttpContext http, CancellationToken ct)
    {
        var level = niveau?.ToLowerInvariant() switch
        {
            "gemeente" or null => AreaLevel.Municipality,
            "wijk" => AreaLevel.District,
            "buurt" => AreaLevel.Neighbourhood,
            _ => (AreaLevel?)null,
        };
        if (level is null)
        {
            return ProblemResponses.For([Problem.Invalid("niveau", "monitor.map.level", niveau)], http);
        }

        var request = new IndicatorProfileRequest(code, level.Value, binnen?.Trim().ToUpperInvariant(), periode, uitsplitsing);
        var geoJson = await monitor.IndicatorMapGeoJsonAsync(request, Audience.Public, ct);
        if (geoJson is null)
        {
            return ProblemResponses.For([Problem.NotFound("monitor.map.unknown", code)], http);
        }

        // The CBS/PDOK rings wind the way RFC 7946 asks, the opposite of what d3 (inside Vega) draws.
        var rewound = GeoJsonWinding.RewindForD3(JsonNode.Parse(geoJson)!);
        return TypedResults.Text(rewound.ToJsonString(), "application/geo+json");
    }

    internal static async Task<IResult> GetFactsheetPdfAsync(string programme, string code, string wave, MonitorQueries monitor, PdfRenderer renderer, HttpContext http, CancellationToken ct)
    {
        var sheet = await monitor.FactsheetAsync(programme, code, wave, Audience.Public, ct);
        if (sheet is null)
        {
            return ProblemResponses.For([Problem.NotFound("monitor.factsheet.unknown", code, wave)], http);
        }

        var path = MonitorLinks.Factsheet(sheet.ProgrammeSlug, sheet.FocusArea.Code, sheet.Wave.Slug);
        var fileName = $"factsheet-{sheet.ProgrammeSlug}-{sheet.FocusArea.Code}-{sheet.Wave.Slug}.pdf";
        return await PdfResponses.RenderAsync(http, renderer, path, fileName, PdfPageFooter.ForDataVersion(sheet.DataVersion, sheet.DataDate));
    }

    /// <summary>301 from an old factsheet address to its wave (<see cref="MonitorQueries.FactsheetOfPeriodAsync"/>); 404 when none or ambiguous.</summary>
    internal static async Task<IResult> MovedFactsheetAsync(string code, string period, string suffix, MonitorQueries monitor, CancellationToken ct) =>
        await monitor.FactsheetOfPeriodAsync(code, period, ct) is { } moved
            ? TypedResults.Redirect(MonitorLinks.Factsheet(moved.Programme, moved.FocusArea, moved.Wave) + suffix, permanent: true)
            : TypedResults.NotFound();
}
