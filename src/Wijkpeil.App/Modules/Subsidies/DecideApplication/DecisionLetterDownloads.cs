using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;
using Wijkpeil.App.Modules.Subsidies.Letters;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DecideApplication;

/// <summary>
/// The beschikking as a download, PDF or DOCX: for the scheme's officers at
/// <c>/beheer/subsidies/aanvragen/{id}/beschikking.pdf|.docx</c> (403 for anyone else signed in, the view audited as a
/// view of personal data), and for the applicant behind the secret link at
/// <c>/subsidies/aanvraag/{token}/beschikking.pdf|.docx</c> (rate-limited like the link's page, 404 for any other
/// token). 404 before a decision. Never cached, never sent as a referrer.
/// </summary>
internal static class DecisionLetterDownloads
{
    public static IEndpointRouteBuilder MapDecisionLetterDownloads(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in new[] { "pdf", "docx" })
        {
            endpoints.MapGet($"/beheer/subsidies/aanvragen/{{id:int}}/beschikking.{format}", (int id, HttpContext http, DecisionLetters letters, WijkpeilDbContext db, IAuditLog audit, CancellationToken ct) =>
                    OfficerAsync(id, format, http, letters, db, audit, ct))
                .RequireAuthorization()
                .ExcludeFromDescription() // a document for people, not part of the API
                .WithName($"SubsidyDecisionLetterOfficer{format}").WithTags("Subsidies")
                .WithSummary($"The beschikking of a decided application as {format}, for the scheme's officers.");
            endpoints.MapGet($"/subsidies/aanvraag/{{token}}/beschikking.{format}", (string token, HttpContext http, DecisionLetters letters, ApplicantLink links, CancellationToken ct) =>
                    ApplicantAsync(token, format, http, letters, links, ct))
                .RequireRateLimiting(ApplicantLinkRateLimit.PolicyName)
                .ExcludeFromDescription()
                .WithName($"SubsidyDecisionLetterApplicant{format}").WithTags("Subsidies")
                .WithSummary($"The beschikking of a decided application as {format}, for the holder of the application's secret link.");
        }

        return endpoints;
    }

    public static string Officer(int id, string format) => string.Create(CultureInfo.InvariantCulture, $"/beheer/subsidies/aanvragen/{id}/beschikking.{format}");

    public static string Applicant(string token, string format) => $"/subsidies/aanvraag/{Uri.EscapeDataString(token)}/beschikking.{format}";

    private static async Task<IResult> OfficerAsync(int id, string format, HttpContext http, DecisionLetters letters, WijkpeilDbContext db, IAuditLog audit, CancellationToken ct)
    {
        var (application, scheme) = await letters.DecidedAsync(id, ct);
        if (application is null || scheme is null)
        {
            // Whether an application exists is itself no one's business but its officers': 403 then too.
            return await ExistsForOthersAsync(db, id, http.User, ct) ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden) : TypedResults.NotFound();
        }

        if (!SchemeAccess.MayRun(http.User, scheme))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        audit.Record(AuditAction.Viewed, AuditEntityTypes.SubsidyPersonalData, id.ToString(CultureInfo.InvariantCulture), application.Reference, null, null);
        await db.SaveChangesAsync(ct);
        return await FileAsync(application, scheme, format, http, letters, ct);
    }

    private static async Task<IResult> ApplicantAsync(string token, string format, HttpContext http, DecisionLetters letters, ApplicantLink links, CancellationToken ct)
    {
        var id = await links.IdAsync(token, ct);
        var (application, scheme) = id is null ? (null, null) : await letters.DecidedAsync(id.Value, ct);
        return application is null || scheme is null ? TypedResults.NotFound() : await FileAsync(application, scheme, format, http, letters, ct);
    }

    /// <summary>True when <paramref name="id"/> is an application the user may not run: a 403 rather than telling them it is undecided.</summary>
    private static async Task<bool> ExistsForOthersAsync(WijkpeilDbContext db, int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var application = await SchemeAccess.ApplicationAsync(db, id, tracked: false, ct);
        var scheme = application is null ? null : await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        return scheme is not null && !SchemeAccess.MayRun(user, scheme);
    }

    private static async Task<IResult> FileAsync(SubsidyApplication application, SubsidyScheme scheme, string format, HttpContext http, DecisionLetters letters, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var letter = await letters.ComposeAsync(application, scheme, DecisionLetters.LanguageOf(CultureInfo.CurrentUICulture), ct);
        if (format == "docx")
        {
            return TypedResults.File(DecisionLetters.Docx(letter), DecisionLetterDocx.ContentType, letter.FileName("docx"));
        }

        var pdf = await letters.PdfAsync(letter, ct);
        return pdf is null
            ? TypedResults.Problem(DecisionLettersText.Get(CultureInfo.CurrentUICulture, "Download.Unavailable"), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.File(pdf, "application/pdf", letter.FileName("pdf"));
    }
}
