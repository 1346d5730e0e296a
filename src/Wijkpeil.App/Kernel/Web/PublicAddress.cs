using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>
/// The site's address as readers reach it, for links in mails: <c>Site:PublicUrl</c> (e.g.
/// <c>https://wijkpeil.provincie-utrecht.nl</c>) when set, since behind a proxy the request's own host may be an
/// internal one; else the request's scheme, host and base path.
/// </summary>
public static class PublicAddress
{
    public const string Key = "Site:PublicUrl";

    public static Uri Of(HttpRequest request, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(configuration);
        return Uri.TryCreate(configuration[Key], UriKind.Absolute, out var configured) && configured.Scheme is "http" or "https"
            ? configured
            : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}");
    }
}
