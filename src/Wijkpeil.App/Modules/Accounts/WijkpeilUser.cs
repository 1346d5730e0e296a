using Microsoft.AspNetCore.Identity;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// An account: ASP.NET Core Identity's user (user name = e-mail address) plus when it was created and
/// whether it is disabled. A disabled account keeps its history but can neither log in nor use a token.
/// </summary>
public sealed class WijkpeilUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the account was disabled; null while it is active.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}

/// <summary>One gemeente an <see cref="Contracts.WijkpeilRoles.AreaEditor"/> may edit (its focus areas' agenda and stories).</summary>
public sealed class UserGemeente
{
    public UserGemeente(string userId, AreaCode gemeente)
    {
        UserId = userId;
        Gemeente = gemeente;
    }

    public string UserId { get; private set; }

    public AreaCode Gemeente { get; private set; }
}

/// <summary>
/// A personal access token for the API. Only the SHA-256 hash of the token is stored: the token itself is
/// shown once, when it is made.
/// </summary>
public sealed class PersonalAccessToken
{
    public PersonalAccessToken(string userId, string name, string hash, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the token text.</summary>
    public string Hash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>When the token was revoked; null while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
