using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Accounts.Storage;

// ASP.NET Core Identity's tables, mapped here as IdentityDbContext maps them (its schema version 2, without version
// 3's passkeys: there is no passkey login), so the database context itself need not know the Accounts module.
// Identity's stores work on any context whose model has these entity types. The lengths and indexes are Identity's.

internal sealed class UserConfiguration : IEntityTypeConfiguration<WijkpeilUser>
{
    public void Configure(EntityTypeBuilder<WijkpeilUser> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
        builder.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(u => u.UserName).HasMaxLength(256);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(256);
        builder.Property(u => u.Email).HasMaxLength(256);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(256);
        builder.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        builder.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        builder.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        builder.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        builder.Ignore(u => u.IsDisabled);
    }
}

/// <summary>
/// The roles are part of the schema, not of any data set: the migration inserts them, so that an account
/// can be given a role on a database nobody has used yet. Ids and stamps are fixed so the model is stable.
/// </summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        builder.ToTable("roles");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(r => r.Name).HasMaxLength(256);
        builder.Property(r => r.NormalizedName).HasMaxLength(256);
        builder.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
        builder.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
        builder.HasData(WijkpeilRoles.All.Select(role => new IdentityRole(role)
        {
            Id = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = role,
        }));
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder)
    {
        builder.ToTable("user_roles");
        builder.HasKey(r => new { r.UserId, r.RoleId });
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder)
    {
        builder.ToTable("user_claims");
        builder.HasKey(c => c.Id);
    }
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder)
    {
        builder.ToTable("user_logins");
        builder.HasKey(l => new { l.LoginProvider, l.ProviderKey });
    }
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.ToTable("user_tokens");
        builder.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
    }
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder)
    {
        builder.ToTable("role_claims");
        builder.HasKey(c => c.Id);
    }
}

internal sealed class UserGemeenteConfiguration : IEntityTypeConfiguration<UserGemeente>
{
    public void Configure(EntityTypeBuilder<UserGemeente> builder)
    {
        builder.ToTable("user_gemeenten");
        builder.HasKey(g => new { g.UserId, g.Gemeente });
        builder.HasOne<WijkpeilUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("personal_access_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).IsRequired().HasMaxLength(200);
        builder.Property(t => t.Hash).IsRequired().HasMaxLength(64);

        // Every API request with a token looks it up by hash.
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<WijkpeilUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.IsRevoked);
    }
}

internal sealed class AccountLinkConfiguration : IEntityTypeConfiguration<Links.AccountLink>
{
    public void Configure(EntityTypeBuilder<Links.AccountLink> builder)
    {
        builder.ToTable("account_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Hash).IsRequired().HasMaxLength(64);

        // A link is found by the hash of the token in its address.
        builder.HasIndex(l => l.Hash).IsUnique();
        builder.HasIndex(l => l.UserId);
        builder.HasOne<WijkpeilUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
