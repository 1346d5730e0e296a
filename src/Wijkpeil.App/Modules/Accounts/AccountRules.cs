using Microsoft.AspNetCore.Identity;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// Password and lockout rules (documented in docs/architecture.md, "Accounts"). Length over composition,
/// as NIST SP 800-63B advises: at least 12 characters with at least 5 different ones, no forced mix of
/// digits and symbols, which mostly yields predictable "Welkom2024!" passwords; instead, as NIST also asks, no
/// commonly used password and nothing that resembles the account's e-mail address (CommonPasswordValidator).
/// Five wrong passwords in a row lock the account for 15 minutes, new accounts included.
/// </summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;

    public const int MinimumDistinctCharacters = 5;

    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = MinimumDistinctCharacters;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;

        options.User.RequireUniqueEmail = true;

        // "Confirmed" means "not disabled" here (ActiveAccountConfirmation): the sign-in manager then refuses
        // a disabled account with NotAllowed, before it even checks the password.
        options.SignIn.RequireConfirmedAccount = true;
    }
}

/// <summary>Lets only active (not disabled) accounts sign in; see <see cref="AccountRules.Apply"/>.</summary>
internal sealed class ActiveAccountConfirmation : IUserConfirmation<WijkpeilUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<WijkpeilUser> manager, WijkpeilUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.IsDisabled);
    }
}
