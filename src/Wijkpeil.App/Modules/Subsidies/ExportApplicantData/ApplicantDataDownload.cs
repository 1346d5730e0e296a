using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Subsidies.Attachments;

namespace Wijkpeil.App.Modules.Subsidies.ExportApplicantData;

/// <summary>
/// <c>GET /beheer/subsidies/aanvragen/{id}/inzage</c>: the answer to an inzageverzoek (AVG art. 15) as a ZIP with
/// <c>inzage.json</c> (<see cref="ApplicantData"/>) and the applicant's files, for the scheme's officers only (403 for
/// anyone else signed in, also assessors). Each application in it is audited as a view of its personal data.
/// </summary>
internal static class ApplicantDataDownload
{
    public const string JsonName = "inzage.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable names (é) for the applicant; a file, never HTML
    };

    public static IEndpointRouteBuilder MapApplicantDataDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/beheer/subsidies/aanvragen/{id:int}/inzage", (int id, HttpContext http, ApplicantDataQuery query, IAttachmentStore store, WijkpeilDbContext db, IAuditLog audit, CancellationToken ct) =>
                DownloadAsync(id, http, query, store, db, audit, ct))
            .RequireAuthorization()
            .ExcludeFromDescription() // personal data for the officer who answers the request, not part of the API
            .WithName("SubsidyApplicantInzage").WithTags("Subsidies")
            .WithSummary("Everything held about an application's applicant (AVG art. 15), as a ZIP, for the scheme's officers.");
        return endpoints;
    }

    public static string Path(int applicationId) => string.Create(CultureInfo.InvariantCulture, $"/beheer/subsidies/aanvragen/{applicationId}/inzage");

    /// <summary>Writes the export as a ZIP: <see cref="JsonName"/> first, then each file under its path.</summary>
    public static async Task<byte[]> ZipAsync(ApplicantExport export, IAttachmentStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(store);
        using var buffer = new MemoryStream();
        await using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = await zip.CreateEntry(JsonName, CompressionLevel.Optimal).OpenAsync(ct))
            {
                await JsonSerializer.SerializeAsync(entry, export.Data, Json, ct);
            }

            foreach (var file in export.Files)
            {
                await using var content = store.OpenRead(file.StoredName);
                if (content is null)
                {
                    continue; // gone since the query looked; the JSON still describes it
                }

                await using var entry = await zip.CreateEntry(file.Path, CompressionLevel.Optimal).OpenAsync(ct);
                await content.CopyToAsync(entry, ct);
            }
        }

        return buffer.ToArray();
    }

    private static async Task<IResult> DownloadAsync(int id, HttpContext http, ApplicantDataQuery query, IAttachmentStore store, WijkpeilDbContext db, IAuditLog audit, CancellationToken ct)
    {
        var outcome = await query.GetAsync(id, http.User, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Kind == ProblemKind.NotFound ? TypedResults.NotFound() : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        var export = outcome.Value;
        var bytes = await ZipAsync(export, store, ct);
        foreach (var (applicationId, application) in export.ApplicationIds.Zip(export.Data.Applications))
        {
            audit.Record(AuditAction.Viewed, AuditEntityTypes.SubsidyPersonalData, applicationId.ToString(CultureInfo.InvariantCulture), $"{application.Reference}: inzageverzoek", null, null);
        }

        await db.SaveChangesAsync(ct);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var reference = export.Data.Applications.Count > 0 ? export.Data.Applications[0].Reference : id.ToString(CultureInfo.InvariantCulture);
        return TypedResults.File(bytes, "application/zip", $"inzage-{reference}.zip");
    }
}
