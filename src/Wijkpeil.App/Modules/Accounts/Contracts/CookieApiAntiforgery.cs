using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Accounts.Contracts;

/// <summary>
/// Cross-site request forgery protection for mutating API endpoints. A program calls them with a personal
/// access token (<c>Authorization: Bearer</c>), which a forged cross-site request cannot carry. A browser
/// script may call them with the login cookie instead, and a browser sends that cookie on its own, so such a
/// request must also carry the page's antiforgery token in the <c>RequestVerificationToken</c> header.
/// </summary>
public static class CookieApiAntiforgery
{
    /// <summary>The header a cookie-authenticated API call puts the antiforgery request token in.</summary>
    public const string HeaderName = "RequestVerificationToken";

    /// <summary>
    /// The group a module maps its API writes in: a signed-in caller only, by personal access token or by the login
    /// cookie with the antiforgery header. What the caller may change is the use case's own check.
    /// </summary>
    public static RouteGroupBuilder MapWriteGroup(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.MapGroup(string.Empty).RequireAuthorization().RequireAntiforgeryForCookies();
    }

    /// <summary>Requires the antiforgery header on cookie-authenticated calls of the endpoints in <paramref name="builder"/>.</summary>
    public static TBuilder RequireAntiforgeryForCookies<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.User.Identity?.IsAuthenticated == true
                && http.User.Identity.AuthenticationType != PersonalAccessTokenHandler.SchemeName
                && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                return ProblemResponses.For([Problem.Invalid(null, "antiforgery.missing", HeaderName)], http);
            }

            return await next(context);
        });
}
