using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Kernel.Pdf;

/// <summary>
/// The PDF twin of an HTML page, for a minimal API route: prints the application's own page in Chromium and
/// answers with the PDF as a download, or with problem details saying why there is none.
/// </summary>
public static class PdfResponses
{
    /// <summary>
    /// Renders this application's page at <paramref name="htmlPath"/> (path and query, starting with one "/")
    /// and answers 200 <c>application/pdf</c> as attachment <paramref name="downloadFileName"/>; 503 problem+json
    /// when Chromium is missing or failing; the page's own 404/400 when it has one.
    /// </summary>
    /// <remarks>
    /// The page is fetched from the server's own listening address, never from the request's Host header:
    /// a forged Host would otherwise make Chromium fetch (and print) any address the server can reach. Chromium
    /// fetches anonymously, so the PDF shows what the public page shows.
    /// </remarks>
    public static async Task<IResult> RenderAsync(HttpContext http, PdfRenderer renderer, string htmlPath, string downloadFileName, PdfPageFooter footer)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentException.ThrowIfNullOrWhiteSpace(downloadFileName);
        ArgumentNullException.ThrowIfNull(footer);

        var server = http.RequestServices.GetRequiredService<IServer>();
        var origin = OwnAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (origin is null)
        {
            return ProblemResponses.For([Problem.Unavailable("pdf.no_address")], http);
        }

        var result = await renderer.RenderAsync(PageUrl(origin, htmlPath), footer, http.RequestAborted);
        return result switch
        {
            PdfResult.Rendered rendered => TypedResults.Bytes(rendered.Content, "application/pdf", downloadFileName),
            PdfResult.Unavailable unavailable => ProblemResponses.For([unavailable.Reason], http),
            PdfResult.PageFailed { StatusCode: StatusCodes.Status404NotFound } => ProblemResponses.For([Problem.NotFound("pdf.page_not_found", htmlPath)], http),
            PdfResult.PageFailed { StatusCode: StatusCodes.Status400BadRequest } => ProblemResponses.For([Problem.Invalid(null, "pdf.page_bad_request", htmlPath)], http),
            PdfResult.PageFailed failed => ProblemResponses.For([Problem.Failed("pdf.page_failed", htmlPath, failed.StatusCode)], http),
            _ => throw new InvalidOperationException($"Unknown PDF result {result}."),
        };
    }

    /// <summary>The origin to fetch this server's pages from: http before https, loopback before any-address before the rest.</summary>
    /// <returns>Null when the server listens on no TCP address (a unix socket only, or the in-memory test server).</returns>
    internal static Uri? OwnAddress(IEnumerable<string> listeningAddresses) =>
        listeningAddresses
            .Select(Parse)
            .OfType<(Uri Origin, int Rank)>()
            .OrderBy(candidate => candidate.Rank)
            .Select(candidate => candidate.Origin)
            .FirstOrDefault();

    /// <summary>The page's absolute address; throws when <paramref name="htmlPath"/> would leave this server.</summary>
    internal static Uri PageUrl(Uri origin, string htmlPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(htmlPath);

        // "//host/..." and "/\host/..." are relative to the scheme only: they name another server.
        if (!htmlPath.StartsWith('/') || htmlPath.StartsWith("//", StringComparison.Ordinal) || htmlPath.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{htmlPath}' is not a path on this server; it must start with a single '/'.", nameof(htmlPath));
        }

        var url = new Uri(origin, htmlPath);
        if (!string.Equals(url.Authority, origin.Authority, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{htmlPath}' is not a path on this server.", nameof(htmlPath));
        }

        return url;
    }

    private static (Uri Origin, int Rank)? Parse(string address)
    {
        // Kestrel reports "http://+:80" and "http://*:80" as configured; Uri does not take those hosts.
        var normalised = address.Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host is "unix" or "pipe")
        {
            return null;
        }

        var schemeRank = uri.Scheme == Uri.UriSchemeHttp ? 0 : 3;
        var host = uri.Host;
        int hostRank;
        if (uri.IsLoopback)
        {
            hostRank = 0;
        }
        else if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)))
        {
            hostRank = 1;
            host = ip.Equals(IPAddress.Any) ? "127.0.0.1" : "[::1]";
        }
        else
        {
            hostRank = 2;
        }

        return (new UriBuilder(uri.Scheme, host, uri.Port, "/").Uri, schemeRank + hostRank);
    }
}
