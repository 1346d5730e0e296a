using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// Identity's principal (name, id, security stamp, roles) plus one <see cref="WijkpeilClaims.Gemeente"/> claim
/// per gemeente of the account. One factory for the login cookie and the bearer token, so both carry the same
/// scope; the cookie's claims are rebuilt at each security-stamp check, so a changed scope follows.
/// </summary>
internal sealed class WijkpeilClaimsPrincipalFactory(
    UserManager<WijkpeilUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    WijkpeilDbContext db)
    : UserClaimsPrincipalFactory<WijkpeilUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WijkpeilUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var gemeenten = await db.UserGemeenten.AsNoTracking()
            .Where(g => g.UserId == user.Id)
            .Select(g => g.Gemeente)
            .ToListAsync();
        identity.AddClaims(gemeenten.Select(g => new Claim(WijkpeilClaims.Gemeente, g.Value)));
        return identity;
    }
}
