using System.Globalization;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Modules.Measurements.Export;
using ObservationAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<System.Collections.Generic.IAsyncEnumerable<Wijkpeil.App.Modules.Measurements.Observations.ObservationRecord>>,
    Microsoft.AspNetCore.Http.HttpResults.PushStreamHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.FileStreamHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult>;

namespace Wijkpeil.App.Modules.Measurements.Observations;

/// <summary>
/// The parts of <c>GET /api/v1/observations</c> that protect the site from its own downloads: the export limits
/// (<see cref="ExportGate"/>), the whole data set from its pre-built file (<see cref="FullDataExport"/>), and the
/// answer when a download has to wait: problem+json for programs, a short page in the reader's language for a
/// browser (a link or form on /data).
/// </summary>
internal static class ObservationDownloads
{
    /// <summary>
    /// Takes a place for a heavy download of this client, held until the response is complete; false when the client
    /// or everyone together already has as many running as allowed.
    /// </summary>
    public static bool TryEnter(ExportGate gate, HttpContext http, bool readsDatabase) =>
        // Per client IP address, as the login limit: behind a reverse proxy the host must apply forwarded headers.
        Hold(http, gate.TryEnter(http.Connection.RemoteIpAddress?.ToString() ?? "onbekend", readsDatabase));

    /// <summary>
    /// The whole published data set, from its file: with ETag and Last-Modified, so a conditional request gets 304,
    /// and ranges, so a broken download can resume. Null when the file is not written within
    /// <see cref="FullDataExport.BuildWait"/> (a busy server right after a publication): the caller then reads it
    /// from the database like any other heavy download.
    /// </summary>
    public static async Task<ObservationAnswer?> EverythingAsync(FullDataExport exports, ExportFormat format, CancellationToken ct)
    {
        // Opened before answering: a newer version may delete the file a moment later, and an open file stays readable.
        for (var attempt = 0; ; attempt++)
        {
            var file = await exports.GetAsync(format, ct);
            if (file is null)
            {
                return null;
            }

            try
            {
                var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
                return TypedResults.File(
                    stream,
                    ExportFormats.ContentType(format),
                    format == ExportFormat.Json ? null : DownloadName(format),
                    file.LastModified,
                    file.ETag,
                    enableRangeProcessing: true);
            }
            catch (FileNotFoundException) when (attempt == 0)
            {
                // Replaced by a newer version between finding and opening it: find the newer one.
            }
        }
    }

    /// <summary>A shared place for reading the whole data set from the database, held until the response is complete; false when all are taken.</summary>
    public static bool TryEnterDatabase(ExportGate gate, HttpContext http) => Hold(http, gate.TryEnterDatabase());

    /// <summary>Keeps <paramref name="lease"/> until the response is complete; false when there was none to take.</summary>
    private static bool Hold(HttpContext http, IDisposable? lease)
    {
        if (lease is null)
        {
            return false;
        }

        http.Response.RegisterForDispose(lease);
        return true;
    }

    /// <summary>429 with Retry-After: the client, or everyone together, has as many heavy downloads running as allowed.</summary>
    public static ObservationAnswer TooMany(HttpContext http)
    {
        var seconds = Seconds(ExportGate.RetryAfter);
        http.Response.Headers.RetryAfter = seconds;
        if (!http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return ProblemResponses.For([Problem.TooMany("exports.too-many", seconds)], http);
        }

        // A browser followed a download link or sent a form on /data: a page it can show, with the way back.
        var page = PlainPage.Html(
            ProblemMessages.Text("exports.too-many.title", null),
            ProblemMessages.Text("exports.too-many.page", null, seconds),
            "/data",
            ProblemMessages.Text("exports.too-many.back", null));
        return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>
    /// Whether a request for everything should first be asked about: a browser (it accepts HTML) that did not confirm
    /// (<c>confirm=1</c>, the button of /data's question). Programs get the file at once, as before.
    /// </summary>
    public static bool AsksFirst(HttpContext http) =>
        http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && http.Request.Query["confirm"].ToString() != "1";

    /// <summary>303 to /data's question: how many rows and megabytes everything is, and a button to send it anyway.</summary>
    public static ObservationAnswer ConfirmFirst(HttpContext http, ExportFormat format)
    {
        http.Response.Headers.Location = "/data?alles=" + ExportFormats.Extension(format) + "#alles";
        return TypedResults.Content(string.Empty, "text/plain; charset=utf-8", statusCode: StatusCodes.Status303SeeOther);
    }

    public static string DownloadName(ExportFormat format) => "wijkpeil-observaties." + ExportFormats.Extension(format);

    private static string Seconds(TimeSpan wait) => ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
