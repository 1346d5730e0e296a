using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;
using Wijkpeil.App.Modules.Subsidies.AssessApplication;
using Wijkpeil.App.Modules.Subsidies.Attachments;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DownloadAttachment;

/// <summary>
/// An applicant's file as a download, never from the web root: at
/// <c>/beheer/subsidies/aanvragen/{id}/bijlagen/{attachmentId}</c> for the scheme's officers and for an assessor
/// assigned to the application who declared no conflict of interest (Awb 2:4; before that, or after declaring one:
/// 403), each view audited as a view of personal data; and at <c>/subsidies/aanvraag/{token}/bijlagen/{attachmentId}</c>
/// for the holder of the application's secret link (rate-limited like the link's page). A file of another application,
/// or any other token, is 404. Served as an attachment with the type its content was found to be at upload, under
/// <c>nosniff</c>, never cached.
/// </summary>
internal static class AttachmentDownloads
{
    public static IEndpointRouteBuilder MapAttachmentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/beheer/subsidies/aanvragen/{id:int}/bijlagen/{attachmentId:int}", (int id, int attachmentId, HttpContext http, WijkpeilDbContext db, IAttachmentStore store, IAuditLog audit, CancellationToken ct) =>
                ReaderAsync(id, attachmentId, http, db, store, audit, ct))
            .RequireAuthorization()
            .ExcludeFromDescription() // an applicant's file, not part of the API
            .WithName("SubsidyAttachmentOfficer").WithTags("Subsidies")
            .WithSummary("An applicant's file, for the scheme's officers and the application's assessors who declared no conflict of interest.");
        endpoints.MapGet("/subsidies/aanvraag/{token}/bijlagen/{attachmentId:int}", (string token, int attachmentId, HttpContext http, WijkpeilDbContext db, ApplicantLink links, IAttachmentStore store, CancellationToken ct) =>
                ApplicantAsync(token, attachmentId, http, db, links, store, ct))
            .RequireRateLimiting(ApplicantLinkRateLimit.PolicyName)
            .ExcludeFromDescription()
            .WithName("SubsidyAttachmentApplicant").WithTags("Subsidies")
            .WithSummary("An applicant's own file, for the holder of the application's secret link.");
        return endpoints;
    }

    public static string Reader(int applicationId, int attachmentId) =>
        string.Create(CultureInfo.InvariantCulture, $"/beheer/subsidies/aanvragen/{applicationId}/bijlagen/{attachmentId}");

    public static string Applicant(string token, int attachmentId) =>
        string.Create(CultureInfo.InvariantCulture, $"/subsidies/aanvraag/{Uri.EscapeDataString(token)}/bijlagen/{attachmentId}");

    private static async Task<IResult> ReaderAsync(int id, int attachmentId, HttpContext http, WijkpeilDbContext db, IAttachmentStore store, IAuditLog audit, CancellationToken ct)
    {
        var application = await db.SubsidyApplications.AsNoTracking().Include(a => a.Attachments).SingleOrDefaultAsync(a => a.Id == id, ct);
        var scheme = application is null ? null : await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        if (application is null || scheme is null)
        {
            return TypedResults.NotFound();
        }

        if (!SchemeAccess.MayRun(http.User, scheme) && !await IsDeclaredAssessorAsync(db, application.Id, scheme, http.User, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        if (application.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment || store.OpenRead(attachment.StoredName) is not { } content)
        {
            return TypedResults.NotFound();
        }

        audit.Record(AuditAction.Viewed, AuditEntityTypes.SubsidyPersonalData, id.ToString(CultureInfo.InvariantCulture), $"{application.Reference}: {attachment.OriginalName}", null, null);
        await db.SaveChangesAsync(ct);
        return Serve(http, attachment, content);
    }

    private static async Task<IResult> ApplicantAsync(string token, int attachmentId, HttpContext http, WijkpeilDbContext db, ApplicantLink links, IAttachmentStore store, CancellationToken ct)
    {
        var id = await links.IdAsync(token, ct);
        var attachment = id is null ? null : await db.SubsidyApplications.AsNoTracking()
            .Where(a => a.Id == id).SelectMany(a => a.Attachments).SingleOrDefaultAsync(a => a.Id == attachmentId, ct);
        return attachment is not null && store.OpenRead(attachment.StoredName) is { } content ? Serve(http, attachment, content) : TypedResults.NotFound();
    }

    /// <summary>An assessor of the scheme's gemeente whose assignment to the application declared no conflict.</summary>
    private static async Task<bool> IsDeclaredAssessorAsync(WijkpeilDbContext db, int applicationId, SubsidyScheme scheme, ClaimsPrincipal user, CancellationToken ct) =>
        AssessmentAccess.AccountId(user) is { } accountId
        && WijkpeilPermissions.CanAssessSubsidies(user, scheme.Gemeente)
        && await db.SubsidyAssessments.AnyAsync(a => a.ApplicationId == applicationId && a.AssessorId == accountId && a.Declaration == ConflictDeclaration.NoConflict, ct);

    private static FileStreamHttpResult Serve(HttpContext http, ApplicationAttachment attachment, Stream content)
    {
        // The type found in the content at upload; the browser must not guess another (a page from a "pdf").
        var kind = FileKinds.ParseList(attachment.FileType, out _) is { Count: 1 } kinds ? kinds.Single() : (FileKind?)null;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return kind is { } known
            ? TypedResults.Stream(content, FileKinds.ContentType(known), FileKinds.DownloadName(attachment.OriginalName, known))
            : TypedResults.Stream(content, "application/octet-stream", "bijlage");
    }
}
