using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Opportunities.Round;

/// <summary>
/// The round's files per chosen programme, for the register's keepers: <c>/beheer/meekoppelkansen/ronde/{year}/{id}.xlsx</c>
/// and <c>.pdf</c>. A programme not in that year's round is 404: what is sent is what the round records. Never cached.
/// </summary>
internal static class RoundDownloads
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapRoundDownloads(this IEndpointRouteBuilder endpoints)
    {
        var authorised = new AuthorizeAttribute { Roles = OpportunityAccess.Roles };
        endpoints.MapGet("/beheer/meekoppelkansen/ronde/{year:int}/{relatedProgrammeId:int}.xlsx", XlsxAsync)
            .RequireAuthorization(authorised)
            .ExcludeFromDescription() // a file, not part of the API
            .WithName("OpportunityRoundXlsx").WithTags("Opportunities")
            .WithSummary("The agenda items touching a related programme's themes, as a workbook for the yearly round.");
        endpoints.MapGet("/beheer/meekoppelkansen/ronde/{year:int}/{relatedProgrammeId:int}.pdf", PdfAsync)
            .RequireAuthorization(authorised)
            .ExcludeFromDescription()
            .WithName("OpportunityRoundPdf").WithTags("Opportunities")
            .WithSummary("The agenda items touching a related programme's themes, as a PDF for the yearly round.");
        return endpoints;
    }

    /// <summary>The address of a programme's file in a round (<paramref name="extension"/> is <c>xlsx</c> or <c>pdf</c>).</summary>
    public static string Path(int year, int relatedProgrammeId, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"/beheer/meekoppelkansen/ronde/{year}/{relatedProgrammeId}.{extension}");

    private static async Task<IResult> XlsxAsync(int year, int relatedProgrammeId, HttpContext http, WijkpeilDbContext db, RoundAgendaQuery query, RoundExports exports, CancellationToken ct)
    {
        if (await AgendaAsync(year, relatedProgrammeId, db, query, ct) is not { } agenda)
        {
            return TypedResults.NotFound();
        }

        NoStore(http);
        return TypedResults.File(exports.Xlsx(agenda), XlsxType, FileName(year, agenda, "xlsx"));
    }

    private static async Task<IResult> PdfAsync(int year, int relatedProgrammeId, HttpContext http, WijkpeilDbContext db, RoundAgendaQuery query, RoundExports exports, PdfRenderer renderer, CancellationToken ct)
    {
        if (await AgendaAsync(year, relatedProgrammeId, db, query, ct) is not { } agenda)
        {
            return TypedResults.NotFound();
        }

        NoStore(http);
        return await renderer.RenderHtmlAsync(exports.Html(agenda, year), RoundExports.Footer(agenda, year), ct) switch
        {
            PdfResult.Rendered rendered => TypedResults.Bytes(rendered.Content, "application/pdf", FileName(year, agenda, "pdf")),
            PdfResult.Unavailable unavailable => ProblemResponses.For([unavailable.Reason], http),
            var other => throw new InvalidOperationException($"An HTML document cannot fail as a page does: {other}."),
        };
    }

    private static async Task<RoundAgenda?> AgendaAsync(int year, int relatedProgrammeId, WijkpeilDbContext db, RoundAgendaQuery query, CancellationToken ct)
    {
        var chosen = await db.OpportunityRounds.AsNoTracking().Where(r => r.Year == year).SelectMany(r => r.Programmes).AnyAsync(p => p.RelatedProgrammeId == relatedProgrammeId, ct);
        return chosen ? await query.ReadAsync(relatedProgrammeId, ct) : null;
    }

    private static string FileName(int year, RoundAgenda agenda, string extension)
    {
        var name = new string([.. agenda.ProgrammeName.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]).Trim('-');
        return string.Create(CultureInfo.InvariantCulture, $"meekoppelkansen-{year}-{(name.Length > 60 ? name[..60] : name)}.{extension}");
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
