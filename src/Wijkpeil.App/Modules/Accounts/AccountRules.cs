using System.Globalization;
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

/// <summary>Identity's validation messages in Dutch, for the CLI now and the account pages later.</summary>
internal sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Er ging iets mis met het account.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"het wachtwoord moet minstens {length} tekens lang zijn."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Create(CultureInfo.InvariantCulture, $"het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten."));

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "het wachtwoord moet een cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "het wachtwoord moet een kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "het wachtwoord moet een hoofdletter bevatten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "het wachtwoord moet een leesteken of symbool bevatten.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "het wachtwoord klopt niet.");

    public override IdentityError DuplicateEmail(string? email) =>
        Error(nameof(DuplicateEmail), $"er bestaat al een account met e-mailadres {email}.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"er bestaat al een account met e-mailadres {userName}.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"'{email}' is geen geldig e-mailadres.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"'{userName}' is geen geldig e-mailadres.");

    /// <summary>The password is on the list of commonly used passwords (<c>Passwords/README.md</c>).</summary>
    public IdentityError PasswordTooCommon() =>
        Error(nameof(PasswordTooCommon), "dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden en is daardoor makkelijk te raden; kies een ander, bijvoorbeeld een zin van een paar woorden.");

    /// <summary>The password is, holds or is part of the account's own e-mail address.</summary>
    public IdentityError PasswordResemblesEmail() =>
        Error(nameof(PasswordResemblesEmail), "het wachtwoord lijkt op het e-mailadres van het account (het adres of het deel voor de @ zit erin, of het wachtwoord is een deel van het adres); kies een wachtwoord dat daar niets mee te maken heeft.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "het account is intussen door iemand anders gewijzigd; probeer het opnieuw.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
