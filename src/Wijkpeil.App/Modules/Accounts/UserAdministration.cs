using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>What is needed to create an account.</summary>
/// <param name="Email">The e-mail address, also the user name.</param>
/// <param name="Role">One of <see cref="WijkpeilRoles.All"/>, in any letter case.</param>
/// <param name="Gemeenten">GMnnnn codes; required for the roles scoped to gemeenten (AreaEditor, SubsidyOfficer, Assessor), not allowed for any other role.</param>
/// <param name="Password">The password, checked against <see cref="AccountRules"/>.</param>
public sealed record NewAccount(string Email, string Role, IReadOnlyList<string> Gemeenten, string Password);

/// <summary>An account as the user list shows it.</summary>
public sealed record AccountSummary(
    string Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Gemeenten,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedOutUntil,
    int ActiveTokens)
{
    /// <summary>Invited and no password set yet: the account cannot sign in until its holder uses the link.</summary>
    public bool AwaitingPassword { get; init; }
}

/// <summary>A token just made: <see cref="Token"/> is the only time the token text exists outside its holder.</summary>
public sealed record IssuedToken(string Email, string Name, string Token, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <summary>
/// Creates, lists and disables accounts and issues personal access tokens: the use cases behind
/// <c>wijkpeil users</c> (and the account pages to come). Every check runs before anything is written, so
/// a refused request changes nothing; expected failures are <see cref="Problem"/>s (codes <c>account.*</c>, texts in
/// <c>AccountsText.resx</c>), Identity's refusals among them by their error code, never by their text.
/// Every change writes an audit entry (type <see cref="AuditEntityTypes.User"/>, keyed by e-mail address) in the
/// same transaction: Identity's manager saves after each of its own steps, so one explicit transaction around
/// them and the entry keeps the change and its record together. Snapshots never hold a password hash, security
/// stamp, token or token hash.
/// </summary>
public sealed partial class UserAdministration(WijkpeilDbContext db, UserManager<WijkpeilUser> users, TimeProvider time, IAuditLog audit)
{
    /// <summary>The longest name a token may have.</summary>
    public const int MaxTokenNameLength = 200;

    public async Task<Outcome<AccountSummary>> AddAsync(NewAccount request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = request.Email.Trim();
        var checkedRequest = await CheckNewAccountAsync(email, request.Role, request.Gemeenten);
        if (!checkedRequest.Succeeded)
        {
            return checkedRequest.Cast<AccountSummary>();
        }

        var (role, scope) = checkedRequest.Value;
        var user = new WijkpeilUser { UserName = email, Email = email, CreatedAt = time.GetUtcNow() };
        var refused = await ValidateAsync(user, request.Password);
        if (refused.Count > 0)
        {
            return Outcome<AccountSummary>.Failure(refused);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Outcome<AccountSummary>.Failure(Refusals(created, email));
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            return Outcome<AccountSummary>.Failure(Refusals(added, email));
        }

        db.UserGemeenten.AddRange(scope.Select(g => new UserGemeente(user.Id, g)));
        var codes = scope.Select(g => g.Value).ToList();
        audit.Record(AuditAction.Created, AuditEntityTypes.User, email, Describe([role], codes), null, new AccountSnapshot(email, [role], codes, user.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AccountSummary(email, [role], codes, user.CreatedAt, null, null, 0);
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.CreatedAt, u.DisabledAt, u.LockoutEnd, AwaitingPassword = u.PasswordHash == null })
            .ToListAsync(cancellationToken);
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var gemeenten = await db.UserGemeenten.AsNoTracking().ToListAsync(cancellationToken);
        var tokens = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.RevokedAt == null)
            .Select(t => new { t.UserId, t.ExpiresAt })
            .ToListAsync(cancellationToken);

        return [.. accounts.Select(a => new AccountSummary(
            a.Email ?? "",
            [.. roles.Where(r => r.UserId == a.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal)],
            [.. gemeenten.Where(g => g.UserId == a.Id).Select(g => g.Gemeente.Value).Order(StringComparer.Ordinal)],
            a.CreatedAt,
            a.DisabledAt,
            a.LockoutEnd > now ? a.LockoutEnd : null,
            tokens.Count(t => t.UserId == a.Id && (t.ExpiresAt is null || t.ExpiresAt > now)))
        {
            AwaitingPassword = a.AwaitingPassword,
        })];
    }

    /// <summary>Disables an account: it can no longer log in or use its tokens. Disabling twice changes nothing.</summary>
    /// <returns>True when the account was active and is now disabled, false when it already was.</returns>
    public async Task<Outcome<bool>> DisableAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return UnknownUser(email);
        }

        if (user.IsDisabled)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisabledAt = time.GetUtcNow();

        // A new security stamp ends the cookie sessions of the account at their next validation.
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return Outcome<bool>.Failure(Refusals(updated, email.Trim()));
        }

        audit.Record(
            AuditAction.Updated,
            AuditEntityTypes.User,
            user.Email ?? email.Trim(),
            await DescribeAsync(user, cancellationToken),
            new DisabledSnapshot(null),
            new DisabledSnapshot(user.DisabledAt));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Issues a personal access token; only its hash is stored.</summary>
    public async Task<Outcome<IssuedToken>> CreateTokenAsync(string email, string? name, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return UnknownUser(email);
        }

        if (user.IsDisabled)
        {
            return Problem.Conflict("email", "account.disabled", user.Email);
        }

        var now = time.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            return Problem.Invalid("expiresAt", "account.token.expiry_past");
        }

        var tokenName = string.IsNullOrWhiteSpace(name) ? "token " + now.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : name.Trim();
        if (tokenName.Length > MaxTokenNameLength)
        {
            return Problem.Invalid("name", "account.token.name_too_long", tokenName.Length, MaxTokenNameLength);
        }

        var token = AccessTokenHash.NewToken();
        db.PersonalAccessTokens.Add(new PersonalAccessToken(user.Id, tokenName, AccessTokenHash.Of(token), now, expiresAt));

        // An update of the account with no before: the account gained a token, nothing it had changed.
        audit.Record(AuditAction.Updated, AuditEntityTypes.User, user.Email ?? email.Trim(), await DescribeAsync(user, cancellationToken), null, new TokenSnapshot(tokenName, now, expiresAt));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(user.Email ?? email, tokenName, token, now, expiresAt);
    }

    private static Outcome<IReadOnlyList<AreaCode>> ParseGemeenten(string role, IReadOnlyList<string> given)
    {
        if (!WijkpeilRoles.ScopedToGemeenten.Contains(role))
        {
            return given.Count == 0
                ? Outcome<IReadOnlyList<AreaCode>>.Success([])
                : Problem.Invalid("gemeenten", "account.gemeente.not_allowed", string.Join(", ", WijkpeilRoles.ScopedToGemeenten), role);
        }

        if (given.Count == 0)
        {
            return Problem.Invalid("gemeenten", "account.gemeente.missing", role);
        }

        var codes = new List<AreaCode>();
        foreach (var text in given)
        {
            if (!AreaCode.TryParse(text.Trim().ToUpperInvariant(), out var code) || code.Level != AreaLevel.Municipality)
            {
                return Problem.Invalid("gemeenten", "account.gemeente.invalid", text);
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return Outcome<IReadOnlyList<AreaCode>>.Success(codes);
    }

    /// <summary>The user and password validators, run before the transaction so a refusal writes nothing.</summary>
    private async Task<List<Problem>> ValidateAsync(WijkpeilUser user, string password)
    {
        var refused = new List<Problem>();
        foreach (var validator in users.UserValidators)
        {
            refused.AddRange(Refusals(await validator.ValidateAsync(users, user), user.Email!));
        }

        foreach (var validator in users.PasswordValidators)
        {
            refused.AddRange(Refusals(await validator.ValidateAsync(users, user, password), user.Email!));
        }

        return refused;
    }

    /// <summary>The account's role and scope at the time, the readable name of an audit entry ("AreaEditor voor GM0344").</summary>
    private async Task<string> DescribeAsync(WijkpeilUser user, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        var gemeenten = await db.UserGemeenten.AsNoTracking().Where(g => g.UserId == user.Id).Select(g => g.Gemeente).ToListAsync(cancellationToken);
        return Describe([.. roles.Order(StringComparer.Ordinal)], [.. gemeenten.Select(g => g.Value).Order(StringComparer.Ordinal)]);
    }

    private static string Describe(IReadOnlyList<string> roles, List<string> gemeenten) =>
        string.Join(", ", roles) + (gemeenten.Count == 0 ? "" : " voor " + string.Join(", ", gemeenten));

    /// <summary>
    /// Identity's refusals as problems, by their error code: its descriptions are English texts for developers, so
    /// the values they name come from the rules and the request instead. A code this list does not know (a new
    /// Identity version) keeps its code as the argument of a generic refusal rather than showing Identity's text.
    /// </summary>
    private static IEnumerable<Problem> Refusals(IdentityResult result, string email) =>
        result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => Problem.Invalid("password", "account.password.too_short", AccountRules.MinimumPasswordLength),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => Problem.Invalid("password", "account.password.too_few_distinct", AccountRules.MinimumDistinctCharacters),
            Passwords.CommonPasswordValidator.TooCommon => Problem.Invalid("password", "account.password.too_common"),
            Passwords.CommonPasswordValidator.ResemblesEmail => Problem.Invalid("password", "account.password.resembles_email"),
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => Problem.Conflict("email", "account.email.taken", email),
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => Problem.Invalid("email", "account.email.invalid", email),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => Problem.Conflict(null, "account.changed_meanwhile", email),
            _ => Problem.Invalid(null, "account.refused", e.Code),
        });

    private static Problem UnknownUser(string email) => Problem.NotFound("account.unknown", email.Trim());
}

/// <summary>What the audit trail keeps of a new account: never its password hash or security stamp.</summary>
internal sealed record AccountSnapshot(string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Gemeenten, DateTimeOffset CreatedAt);

/// <summary>The audit trail's view of disabling an account.</summary>
internal sealed record DisabledSnapshot(DateTimeOffset? DisabledAt);

/// <summary>What the audit trail keeps of an issued token: its name and validity, never the token or its hash.</summary>
internal sealed record TokenSnapshot(string TokenName, DateTimeOffset TokenCreatedAt, DateTimeOffset? TokenExpiresAt);
