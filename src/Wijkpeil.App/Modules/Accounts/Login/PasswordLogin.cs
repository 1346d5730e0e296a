using Microsoft.AspNetCore.Identity;

namespace Wijkpeil.App.Modules.Accounts.Login;

/// <summary>
/// Checks the login form's address and password and signs in. Every failure looks the same from outside, so that
/// neither the text nor the response time tells an unknown address from a wrong password, a locked or a disabled
/// account: one outcome (false), one password-hash verification each (the sign-in manager skips the hash for locked
/// and disabled accounts, and there is no hash to check for an unknown address), and no answer sooner than
/// <see cref="FailureFloor"/> after the request came in, which also covers the failed-attempt count written for an
/// existing account. Lockout still works as before (<see cref="AccountRules"/>); it is only not announced.
/// </summary>
public sealed class PasswordLogin(SignInManager<WijkpeilUser> signIn, TimeProvider time)
{
    /// <summary>
    /// The shortest time a failed login takes. Well above one PBKDF2 verification with its database work (about
    /// 0.1 s on a busy 2-core server), so the differences that remain disappear under it.
    /// </summary>
    public static readonly TimeSpan FailureFloor = TimeSpan.FromMilliseconds(500);

    // A hash of a password nobody knows, made by the application's own hasher (same algorithm and iteration count),
    // to verify against when the address has no account. Made once per process.
    private static string? s_unknownAccountHash;

    /// <summary>Signs in with a session cookie when the address and password are right and the account may sign in.</summary>
    public async Task<bool> SignInAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (await TrySignInAsync(email?.Trim() ?? string.Empty, password ?? string.Empty))
        {
            return true;
        }

        var left = FailureFloor - time.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, time, cancellationToken);
        }

        return false;
    }

    private async Task<bool> TrySignInAsync(string email, string password)
    {
        var users = signIn.UserManager;
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user?.PasswordHash is not { } hash || password.Length == 0)
        {
            users.PasswordHasher.VerifyHashedPassword(user ?? new WijkpeilUser(), UnknownAccountHash(users.PasswordHasher), password);
            return false;
        }

        // The sign-in manager refuses these before it looks at the password; the verification it would have done
        // is done here, its outcome ignored: a locked or disabled account stays shut, whatever the password.
        if (user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(user, hash, password);
            return false;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded;
    }

    private static string UnknownAccountHash(IPasswordHasher<WijkpeilUser> hasher) =>
        s_unknownAccountHash ??= hasher.HashPassword(new WijkpeilUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
}
