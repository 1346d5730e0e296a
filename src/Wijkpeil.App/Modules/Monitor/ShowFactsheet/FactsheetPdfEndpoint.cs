using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Monitor.ShowFactsheet;

/// <summary>
/// The PDF of a factsheet beside its page's address, and the move from the old per-year factsheet addresses.
/// Companions of the page, not part of the versioned API under /api/v1: left out of its OpenAPI document.
/// </summary>
internal static class FactsheetPdfEndpoint
{
    public static IEndpointRouteBuilder MapFactsheetPdf(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/programmas/{programme}/factsheets/{code}/{wave}.pdf", GetFactsheetPdfAsync).ExcludeFromDescription();

        // Factsheets were per calendar year before programmes had waves: old links and bookmarks move on.
        endpoints.MapGet("/factsheets/{code}/{period}.pdf", (string code, string period, ShowFactsheetQuery query, CancellationToken ct) => MovedFactsheetAsync(code, period, ".pdf", query, ct)).ExcludeFromDescription();
        endpoints.MapGet("/factsheets/{code}/{period}", (string code, string period, ShowFactsheetQuery query, CancellationToken ct) => MovedFactsheetAsync(code, period, string.Empty, query, ct)).ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<IResult> GetFactsheetPdfAsync(string programme, string code, string wave, ShowFactsheetQuery query, PdfRenderer renderer, HttpContext http, CancellationToken ct)
    {
        var sheet = await query.GetAsync(programme, code, wave, Audience.Public, ct);
        if (sheet is null)
        {
            return ProblemResponses.For([Problem.NotFound("monitor.factsheet.unknown", code, wave)], http);
        }

        var path = MonitorLinks.Factsheet(sheet.ProgrammeSlug, sheet.FocusArea.Code, sheet.Wave.Slug);
        var fileName = $"factsheet-{sheet.ProgrammeSlug}-{sheet.FocusArea.Code}-{sheet.Wave.Slug}.pdf";
        return await PdfResponses.RenderAsync(http, renderer, path, fileName, PdfPageFooter.ForDataVersion(sheet.DataVersion));
    }

    /// <summary>301 from an old factsheet address to its wave (<see cref="ShowFactsheetQuery.WaveOfPeriodAsync"/>); 404 when none or ambiguous.</summary>
    internal static async Task<IResult> MovedFactsheetAsync(string code, string period, string suffix, ShowFactsheetQuery query, CancellationToken ct) =>
        await query.WaveOfPeriodAsync(code, period, ct) is { } moved
            ? TypedResults.Redirect(MonitorLinks.Factsheet(moved.Programme, moved.FocusArea, moved.Wave) + suffix, permanent: true)
            : TypedResults.NotFound();
}
