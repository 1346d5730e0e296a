using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>The Accounts module's tables (Identity's and its own), for its own code only.</summary>
internal static class AccountTables
{
    extension(WijkpeilDbContext db)
    {
        public DbSet<WijkpeilUser> Users => db.Set<WijkpeilUser>();

        public DbSet<IdentityRole> Roles => db.Set<IdentityRole>();

        public DbSet<IdentityUserRole<string>> UserRoles => db.Set<IdentityUserRole<string>>();

        public DbSet<IdentityUserClaim<string>> UserClaims => db.Set<IdentityUserClaim<string>>();

        /// <summary>The gemeenten each AreaEditor may edit.</summary>
        public DbSet<UserGemeente> UserGemeenten => db.Set<UserGemeente>();

        public DbSet<PersonalAccessToken> PersonalAccessTokens => db.Set<PersonalAccessToken>();

        /// <summary>Single-use invitation and password-reset links (their tokens' hashes).</summary>
        public DbSet<Links.AccountLink> AccountLinks => db.Set<Links.AccountLink>();
    }
}
