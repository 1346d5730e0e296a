using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Text;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Monitor.ShowAreaProfile;

/// <summary>
/// An area's monitor profile as data, with exactly the claims the area page makes: JSON for programs, CSV for Excel.
/// Public figures only, cached like the page with its tags.
/// </summary>
internal static class AreaMonitorEndpoint
{
    public static IEndpointRouteBuilder MapAreaMonitor(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/wijken/{code}/monitor.json", GetJsonAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithMetadata(new PageQueryKeys("programma"))
            .WithName("AreaMonitorJson").WithTags("Monitor")
            .WithSummary("An area's monitor profile: per kernset indicator the latest figure, the one before and what the change claims.");
        endpoints.MapGet("/wijken/{code}/monitor.csv", GetCsvAsync).CacheOutput(PublicPageCache.PolicyName)
            .WithMetadata(new PageQueryKeys("programma"))
            .WithName("AreaMonitorCsv").WithTags("Monitor")
            .WithSummary("The same profile as CSV for Excel: UTF-8 with BOM, semicolons, decimal comma.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>The address of the export, as the area page links it.</summary>
    public static string Address(string areaCode, string format, string? programmeSlug) =>
        $"/wijken/{Uri.EscapeDataString(areaCode)}/monitor.{format}" + (programmeSlug is null ? string.Empty : "?programma=" + Uri.EscapeDataString(programmeSlug));

    internal static async Task<Results<Ok<AreaMonitorExport>, NotFound>> GetJsonAsync(
        string code, string? programma, ShowAreaProfileQuery query, IStringLocalizer<UiText> text, CancellationToken ct) =>
        await ExportAsync(code, programma, query, text, ct) is { } export ? TypedResults.Ok(export) : TypedResults.NotFound();

    internal static async Task<IResult> GetCsvAsync(
        string code, string? programma, ShowAreaProfileQuery query, IStringLocalizer<UiText> text, CancellationToken ct) =>
        await ExportAsync(code, programma, query, text, ct) is { } export
            ? TypedResults.Stream(stream => AreaMonitorExportWriter.WriteCsvAsync(export, stream, ct), ExcelCsv.ContentType, $"wijkpeil-monitor-{export.Area}.csv")
            : TypedResults.NotFound();

    private static async Task<AreaMonitorExport?> ExportAsync(string code, string? programma, ShowAreaProfileQuery query, IStringLocalizer<UiText> text, CancellationToken ct) =>
        await query.GetAsync(code, programma, Audience.Public, ct) is { } profile ? AreaMonitorExportWriter.From(profile, text) : null;
}
