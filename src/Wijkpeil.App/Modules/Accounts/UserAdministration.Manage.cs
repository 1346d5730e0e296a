using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Accounts.Links;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>An account to invite: as <see cref="NewAccount"/> without a password, which the invitee sets through the link.</summary>
public sealed record NewInvitation(string Email, string Role, IReadOnlyList<string> Gemeenten);

/// <summary>A single-use link just made: <see cref="Token"/> exists only here and in the mail.</summary>
public sealed record IssuedLink(string Email, AccountLinkPurpose Purpose, string Token, DateTimeOffset ExpiresAt);

// The account page's use cases: invitations, single-use links, role changes, re-enabling and revoking. The same
// rules as the CLI's (role, scope, Identity's validators, AccountRules), the same audit entries.
public sealed partial class UserAdministration
{
    /// <summary>Reset links one address may get per hour; more requests are answered the same but send nothing.</summary>
    public const int ResetLinksPerHour = 3;

    /// <summary>Creates an account without a password and a 72-hour invitation link to set one.</summary>
    public async Task<Outcome<IssuedLink>> InviteAsync(NewInvitation request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = request.Email.Trim();
        var checkedRequest = await CheckNewAccountAsync(email, request.Role, request.Gemeenten);
        if (!checkedRequest.Succeeded)
        {
            return checkedRequest.Cast<IssuedLink>();
        }

        var (role, gemeenten) = checkedRequest.Value;
        var user = new WijkpeilUser { UserName = email, Email = email, CreatedAt = time.GetUtcNow() };
        var refused = new List<Problem>();
        foreach (var validator in users.UserValidators)
        {
            refused.AddRange(Refusals(await validator.ValidateAsync(users, user), email));
        }

        if (refused.Count > 0)
        {
            return Outcome<IssuedLink>.Failure(refused);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Outcome<IssuedLink>.Failure(Refusals(created, email));
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            return Outcome<IssuedLink>.Failure(Refusals(added, email));
        }

        db.UserGemeenten.AddRange(gemeenten.Select(g => new UserGemeente(user.Id, g)));
        var codes = gemeenten.Select(g => g.Value).ToList();
        var link = NewLink(user, AccountLinkPurpose.Invitation);
        audit.Record(AuditAction.Created, AuditEntityTypes.User, email, Describe([role], codes), null, new InvitedSnapshot(email, [role], codes, user.CreatedAt, link.ExpiresAt));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return link;
    }

    /// <summary>
    /// A 1-hour reset link for an active account, or null: for an unknown or disabled address, and for the
    /// <see cref="ResetLinksPerHour"/>+1st request of an hour (so a stranger cannot flood a mailbox).
    /// </summary>
    public async Task<IssuedLink?> IssueResetLinkAsync(string? email, CancellationToken cancellationToken = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        var hourAgo = time.GetUtcNow().AddHours(-1);
        var recent = await db.AccountLinks.CountAsync(l => l.UserId == user.Id && l.Purpose == AccountLinkPurpose.PasswordReset && l.CreatedAt > hourAgo, cancellationToken);
        if (recent >= ResetLinksPerHour)
        {
            return null;
        }

        var link = NewLink(user, AccountLinkPurpose.PasswordReset);
        audit.Record(AuditAction.Updated, AuditEntityTypes.User, user.Email!, await DescribeAsync(user, cancellationToken), null, new LinkSnapshot(link.Purpose.ToString(), link.ExpiresAt, null));
        await db.SaveChangesAsync(cancellationToken);
        return link;
    }

    /// <summary>The address a link is for while it can still be used; null for an unknown, used, revoked or expired link.</summary>
    public async Task<(string Email, AccountLinkPurpose Purpose)?> FindUsableLinkAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(AccessTokenHash.LinkPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = AccessTokenHash.Of(token);
        var now = time.GetUtcNow();
        var link = await (from l in db.AccountLinks
                          join u in db.Users on l.UserId equals u.Id
                          where l.Hash == hash && l.UsedAt == null && l.RevokedAt == null && l.ExpiresAt > now && u.DisabledAt == null
                          select new { u.Email, l.Purpose }).FirstOrDefaultAsync(cancellationToken);
        return link is null ? null : (link.Email!, link.Purpose);
    }

    /// <summary>
    /// Sets the password of the link's account and uses the link up. The password is checked first (a refused
    /// password leaves the link usable); then one conditional update marks the link used, so of two uses at once only
    /// one finds it unused. Every other open link of the account is revoked, and its sessions end (new security stamp).
    /// </summary>
    public async Task<Outcome<string>> SetPasswordWithLinkAsync(string? token, string? password, CancellationToken cancellationToken = default)
    {
        if (await FindUsableLinkAsync(token, cancellationToken) is not { } found)
        {
            return Problem.Invalid("token", "account.link.unusable");
        }

        var user = (await users.FindByEmailAsync(found.Email))!;
        var refused = new List<Problem>();
        foreach (var validator in users.PasswordValidators)
        {
            refused.AddRange(Refusals(await validator.ValidateAsync(users, user, password ?? string.Empty), found.Email));
        }

        if (refused.Count > 0)
        {
            return Outcome<string>.Failure(refused);
        }

        var hash = AccessTokenHash.Of(token!);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var used = await db.AccountLinks
            .Where(l => l.Hash == hash && l.UsedAt == null && l.RevokedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), cancellationToken);
        if (used != 1)
        {
            return Problem.Invalid("token", "account.link.unusable");
        }

        await db.AccountLinks.Where(l => l.UserId == user.Id && l.UsedAt == null && l.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, now), cancellationToken);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password!);
        user.EmailConfirmed = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return Outcome<string>.Failure(Refusals(updated, found.Email));
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.User, found.Email, await DescribeAsync(user, cancellationToken), null, new LinkSnapshot(found.Purpose.ToString(), null, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return found.Email;
    }

    /// <summary>Changes the signed-in account's own password; the current one is required.</summary>
    public async Task<Outcome<bool>> ChangePasswordAsync(string email, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return UnknownUser(email);
        }

        if (user.PasswordHash is null || !await users.CheckPasswordAsync(user, currentPassword ?? string.Empty))
        {
            return Problem.Invalid("currentPassword", "account.password.current_wrong");
        }

        var refused = new List<Problem>();
        foreach (var validator in users.PasswordValidators)
        {
            refused.AddRange(Refusals(await validator.ValidateAsync(users, user, newPassword ?? string.Empty), email));
        }

        if (refused.Count > 0)
        {
            return Outcome<bool>.Failure(refused);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword!);
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return Outcome<bool>.Failure(Refusals(updated, email));
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.User, user.Email!, await DescribeAsync(user, cancellationToken), null, new PasswordChangedSnapshot(time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Re-enables a disabled account. Enabling an active account changes nothing.</summary>
    /// <returns>True when the account was disabled and is now active.</returns>
    public async Task<Outcome<bool>> EnableAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return UnknownUser(email);
        }

        if (!user.IsDisabled)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = user.DisabledAt;
        user.DisabledAt = null;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Outcome<bool>.Failure(Refusals(updated, email.Trim()));
        }

        audit.Record(AuditAction.Updated, AuditEntityTypes.User, user.Email!, await DescribeAsync(user, cancellationToken), new DisabledSnapshot(before), new DisabledSnapshot(null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Gives an account another role and gemeente scope, checked as for a new account; its sessions end.</summary>
    public async Task<Outcome<bool>> ChangeRoleAsync(string email, string role, IReadOnlyList<string> gemeenten, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return UnknownUser(email);
        }

        var canonical = WijkpeilRoles.Find(role);
        if (canonical is null)
        {
            return Problem.Invalid("role", "account.role.unknown", role, string.Join(", ", WijkpeilRoles.All));
        }

        var scope = ParseGemeenten(canonical, gemeenten);
        if (!scope.Succeeded)
        {
            return scope.Cast<bool>();
        }

        var oldRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var oldScope = await db.UserGemeenten.Where(g => g.UserId == user.Id).ToListAsync(cancellationToken);
        var newCodes = scope.Value.Select(g => g.Value).Order(StringComparer.Ordinal).ToList();
        var oldCodes = oldScope.Select(g => g.Gemeente.Value).Order(StringComparer.Ordinal).ToList();
        if (oldRoles.SequenceEqual([canonical]) && oldCodes.SequenceEqual(newCodes))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await users.RemoveFromRolesAsync(user, oldRoles);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, canonical) : removed;
        if (!added.Succeeded)
        {
            return Outcome<bool>.Failure(Refusals(added, email.Trim()));
        }

        db.UserGemeenten.RemoveRange(oldScope);
        db.UserGemeenten.AddRange(scope.Value.Select(g => new UserGemeente(user.Id, g)));

        // The role is a claim of the session cookie: a new stamp makes the sessions sign in again with the new role.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AuditAction.Updated, AuditEntityTypes.User, user.Email!, Describe([canonical], newCodes), new RoleSnapshot(oldRoles, oldCodes), new RoleSnapshot([canonical], newCodes));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Revokes every valid personal access token and every open invitation or reset link of an account.</summary>
    /// <returns>How many tokens and links were revoked.</returns>
    public async Task<Outcome<int>> RevokeTokensAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return UnknownUser(email);
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tokens = await db.PersonalAccessTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        var links = await db.AccountLinks.Where(l => l.UserId == user.Id && l.UsedAt == null && l.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, now), cancellationToken);
        audit.Record(AuditAction.Updated, AuditEntityTypes.User, user.Email!, await DescribeAsync(user, cancellationToken), null, new RevokedSnapshot(tokens, links, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tokens + links;
    }

    /// <summary>The one check of a new account's role, scope and address, for the CLI's accounts and invitations alike.</summary>
    private async Task<Outcome<(string Role, IReadOnlyList<Wijkpeil.Domain.Areas.AreaCode> Gemeenten)>> CheckNewAccountAsync(string email, string role, IReadOnlyList<string> gemeenten)
    {
        var canonical = WijkpeilRoles.Find(role);
        if (canonical is null)
        {
            return Problem.Invalid("role", "account.role.unknown", role, string.Join(", ", WijkpeilRoles.All));
        }

        var scope = ParseGemeenten(canonical, gemeenten);
        if (!scope.Succeeded)
        {
            return scope.Cast<(string, IReadOnlyList<Wijkpeil.Domain.Areas.AreaCode>)>();
        }

        return await users.FindByEmailAsync(email) is not null
            ? Problem.Conflict("email", "account.email.taken", email)
            : Outcome<(string, IReadOnlyList<Wijkpeil.Domain.Areas.AreaCode>)>.Success((canonical, scope.Value));
    }

    /// <summary>A new link of the account; only its hash is stored, the caller saves.</summary>
    private IssuedLink NewLink(WijkpeilUser user, AccountLinkPurpose purpose)
    {
        var token = AccessTokenHash.NewLinkToken();
        var now = time.GetUtcNow();
        var link = new AccountLink(user.Id, purpose, AccessTokenHash.Of(token), now, now + AccountLink.Validity(purpose));
        db.AccountLinks.Add(link);
        return new IssuedLink(user.Email!, purpose, token, link.ExpiresAt);
    }
}

/// <summary>What the audit trail keeps of an invitation: never the link's token or hash.</summary>
internal sealed record InvitedSnapshot(string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Gemeenten, DateTimeOffset CreatedAt, DateTimeOffset InvitationExpiresAt);

/// <summary>A link sent (<see cref="ExpiresAt"/>) or used (<see cref="UsedAt"/>) to set a password.</summary>
internal sealed record LinkSnapshot(string Link, DateTimeOffset? ExpiresAt, DateTimeOffset? UsedAt);

internal sealed record PasswordChangedSnapshot(DateTimeOffset PasswordChangedAt);

internal sealed record RoleSnapshot(IReadOnlyList<string> Roles, IReadOnlyList<string> Gemeenten);

internal sealed record RevokedSnapshot(int TokensRevoked, int LinksRevoked, DateTimeOffset RevokedAt);
