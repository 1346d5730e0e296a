using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>
/// The headers every answer carries (pages, status and error pages, the 429 page, API problems, downloads, static
/// files), and the flags of the cookies the framework sets (documented in docs/security.md):
/// <list type="bullet">
/// <item><c>Content-Security-Policy</c>: scripts, styles, fonts, images and fetches from this site only; no inline
/// script or style, no eval, no plugins, no &lt;base&gt;, forms post here, and no page may be framed. The pages
/// satisfy it: the charts are files (charts.js and the vendored Vega bundles), their specifications JSON data
/// blocks, and Vega evaluates expressions with its interpreter (<c>ast: true</c>) instead of <c>new Function</c>.
/// The API reference under <c>/scalar</c> gets a policy of its own (<see cref="ApiReferencePolicy"/>).</item>
/// <item><c>X-Frame-Options: DENY</c> for browsers without <c>frame-ancestors</c>; <c>X-Content-Type-Options:
/// nosniff</c>; <c>Referrer-Policy: same-origin</c> (no address of this site goes to another);
/// <c>Cross-Origin-Opener-Policy: same-origin</c> (a page opened from elsewhere gets no handle on ours).</item>
/// <item><c>Strict-Transport-Security</c> on https outside Development, with the framework's <see cref="HstsOptions"/>
/// (one year, localhost excluded).</item>
/// </list>
/// Headers are written when the response starts, so answers produced later in the pipeline (the exception handler
/// clears the headers before its error page) carry them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of every answer outside the API reference.</summary>
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Where Scalar serves the interactive API reference and its assets.</summary>
    public const string ApiReferencePath = "/scalar";

    /// <summary>
    /// The API reference (Scalar, served from its package) starts itself with an inline module script, which carries
    /// a fresh nonce per request; its Vue components write their styles as &lt;style&gt; elements at run time, so
    /// styles need 'unsafe-inline' there. The page shows only the OpenAPI document, nothing a visitor or editor wrote,
    /// so an inline style has nothing to inject into; scripts stay limited to this site and the nonce.
    /// </summary>
    public static string ApiReferencePolicy(string nonce) =>
        string.Create(CultureInfo.InvariantCulture, $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; ")
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>HSTS settings and the antiforgery cookie's flags.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        // One year, the common minimum for HSTS; no includeSubDomains or preload: other sites of a gemeente's
        // domain are not Wijkpeil's to decide on.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

        // The antiforgery cookie: Secure on https (the framework's default leaves it off), Strict because it is only
        // needed on this site's own form posts, HttpOnly (the default). The X-Frame-Options it would add is ours now.
        services.Configure<AntiforgeryOptions>(options =>
        {
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }

    /// <summary>Call first, before anything that can answer.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        var hsts = environment.IsDevelopment() ? null : app.ApplicationServices.GetRequiredService<IOptions<HstsOptions>>().Value;
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                Apply(http, hsts);
                return Task.CompletedTask;
            });
            return next(http);
        });
    }

    private static void Apply(HttpContext http, HstsOptions? hsts)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(ApiReferencePath) && http.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? ApiReferencePolicy(nonce)
            : Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // A page or download with a secret in its address (the applicant's link) sets "no-referrer" itself: keep it.
        headers.TryAdd("Referrer-Policy", "same-origin");
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (hsts is not null && http.Request.IsHttps && !hsts.ExcludedHosts.Contains(http.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            headers.StrictTransportSecurity = HstsValue(hsts);
        }
    }

    private static string HstsValue(HstsOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"max-age={(long)options.MaxAge.TotalSeconds}")
        + (options.IncludeSubDomains ? "; includeSubDomains" : "")
        + (options.Preload ? "; preload" : "");
}
