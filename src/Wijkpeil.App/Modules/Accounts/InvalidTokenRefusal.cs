using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// A request that carries <c>Authorization: Bearer</c> with a token that is not valid (unknown, revoked, expired, or
/// of a disabled account) gets 401 with a Bearer challenge, on every address, open ones included. Answering it as
/// anonymous would hide from an integration that its token stopped working: it would silently see published
/// figures only, instead of the drafts it was given access to.
/// </summary>
public static class InvalidTokenRefusal
{
    /// <summary>Call after <c>UseAuthentication</c> and before anything that answers or caches.</summary>
    public static IApplicationBuilder UseInvalidTokenRefusal(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            // A status page re-executed for this 401 must render, not be refused again.
            if (AccountRegistrations.HasBearerToken(http)
                && http.Features.Get<IStatusCodeReExecuteFeature>() is null
                && !(await http.AuthenticateAsync(PersonalAccessTokenHandler.SchemeName)).Succeeded)
            {
                await http.ChallengeAsync(PersonalAccessTokenHandler.SchemeName);
                return;
            }

            await next(http);
        });
}
