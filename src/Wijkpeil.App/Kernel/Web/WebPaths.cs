using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>Which requests are machine-facing, and where the status pages are.</summary>
public static class WebPaths
{
    /// <summary>Where a reader sees what a status code means (a page that also exists on its own).</summary>
    public static string StatusPagePath(int status) => string.Create(CultureInfo.InvariantCulture, $"/status/{status}");

    /// <summary>Machine-facing paths: the API, its description and the health check answer in problem+json.</summary>
    public static bool IsApiRequest(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var path = http.Request.Path;
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health");
    }
}
