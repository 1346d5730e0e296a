namespace Wijkpeil.App.Modules.Accounts.Links;

/// <summary>What a single-use link lets its holder do: set the first password of an invited account, or a new one.</summary>
public enum AccountLinkPurpose
{
    Invitation = 0,
    PasswordReset = 1,
}

/// <summary>
/// A single-use link sent by mail (an invitation, valid 72 hours, or a password reset, valid 1 hour). As with a
/// personal access token only the SHA-256 hash of the link's token is stored (<see cref="AccessTokenHash"/>); the
/// token exists only in the mail. Using it sets <see cref="UsedAt"/> in one conditional update, so a second use finds
/// nothing to use.
/// </summary>
public sealed class AccountLink
{
    public AccountLink(string userId, AccountLinkPurpose purpose, string hash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        UserId = userId;
        Purpose = purpose;
        Hash = hash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public AccountLinkPurpose Purpose { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the link's token.</summary>
    public string Hash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the link was used; null while it is unused.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>When the link was revoked (tokens revoked, account disabled, another link used); null while it stands.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>How long a link of <paramref name="purpose"/> stays valid.</summary>
    public static TimeSpan Validity(AccountLinkPurpose purpose) =>
        purpose == AccountLinkPurpose.Invitation ? TimeSpan.FromHours(72) : TimeSpan.FromHours(1);
}
