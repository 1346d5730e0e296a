using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer wpt_…</c> with a personal access token: finds the token by its
/// hash and signs the request in as its account, with the account's roles and gemeenten. Unknown, revoked
/// and expired tokens and disabled accounts are refused (401), on open addresses too (<see cref="InvalidTokenRefusal"/>).
/// Requests without a bearer token are left to the login cookie (see <see cref="AccountRegistrations.AddWijkpeilAuthentication"/>),
/// so anonymous reading keeps working.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    WijkpeilDbContext db,
    IUserClaimsPrincipalFactory<WijkpeilUser> principals,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name, for <c>RequireAuthorization</c> policies that want tokens only.</summary>
    public const string SchemeName = "Bearer";

    // Recording every use would write to the database on every API call; a minute is precise enough to
    // see which tokens are still in use.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        const string prefix = "Bearer ";
        if (header is null || !header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[prefix.Length..].Trim();
        if (token.Length == 0)
        {
            return AuthenticateResult.Fail("Leeg token.");
        }

        var hash = AccessTokenHash.Of(token);
        var found = await db.PersonalAccessTokens
            .Where(t => t.Hash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var now = time.GetUtcNow();
        var refusal = found switch
        {
            null => "Onbekend token.",
            { Token.IsRevoked: true } => "Ingetrokken token.",
            { Token.ExpiresAt: { } expiry } when expiry <= now => "Verlopen token.",
            { User.IsDisabled: true } => "Uitgeschakeld account.",
            _ => null,
        };
        if (refusal is not null)
        {
            return AuthenticateResult.Fail(refusal);
        }

        var (accessToken, user) = (found!.Token, found.User);
        if (accessToken.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUsedResolution)
        {
            // Best effort: a request never waits for an import's write lock to note the time (issue 9, defect 8).
            await BestEffortWrite.TryAsync(
                db,
                ct => db.PersonalAccessTokens.Where(t => t.Id == accessToken.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), ct),
                Context.RequestAborted);
        }

        // The factory adds the account's gemeenten (WijkpeilClaimsPrincipalFactory), as for the login cookie.
        var principal = await principals.CreateAsync(user);
        var source = principal.Identities.First();
        var identity = new ClaimsIdentity(source.Claims, Scheme.Name, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim("wijkpeil:token", accessToken.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // RFC 6750, section 3.1: a token that was sent but refused is "invalid_token"; which reason is not told.
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = result.Failure is null ? SchemeName : SchemeName + " error=\"invalid_token\"";
        await base.HandleChallengeAsync(properties);
    }
}
