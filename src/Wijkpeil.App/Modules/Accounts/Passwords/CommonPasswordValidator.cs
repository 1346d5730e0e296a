using System.IO.Compression;
using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Wijkpeil.App.Modules.Accounts.Passwords;

/// <summary>
/// Refuses a new password that is one of the commonly used passwords (README.md beside this file) or that is, holds
/// or is part of the account's own e-mail address or its part before the @, in any letter case. Length alone lets
/// "password1234" and "jan.jansen@utrecht.nl" through; NIST SP 800-63B asks for exactly this check instead of
/// composition rules.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<WijkpeilUser>
{
    /// <summary>Identity error code: the password is on the list of commonly used passwords.</summary>
    public const string TooCommon = "PasswordTooCommon";

    /// <summary>Identity error code: the password is, holds or is part of the account's own e-mail address.</summary>
    public const string ResemblesEmail = "PasswordResemblesEmail";

    /// <summary>
    /// Local parts shorter than this are not looked for inside a password: "jan" or "pm" occur in many good
    /// passphrases, and a password that only adds such a name to other words is not guessable from the address.
    /// </summary>
    public const int ShortestLocalPartChecked = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<WijkpeilUser> manager, WijkpeilUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var candidate = (password ?? string.Empty).Trim();
        if (candidate.Length == 0)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (CommonPasswords.Contains(candidate))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = TooCommon, Description = "The password is a commonly used one." }));
        }

        var email = (user.Email ?? user.UserName ?? string.Empty).Trim();
        return Task.FromResult(Resembles(candidate, email)
            ? IdentityResult.Failed(new IdentityError { Code = ResemblesEmail, Description = "The password resembles the account's e-mail address." })
            : IdentityResult.Success);
    }

    internal static bool Resembles(string password, string email)
    {
        if (email.Length == 0)
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = at > 0 ? email[..at] : email;
        return password.Contains(email, StringComparison.OrdinalIgnoreCase)
            || email.Contains(password, StringComparison.OrdinalIgnoreCase)
            || (local.Length >= ShortestLocalPartChecked && password.Contains(local, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The embedded list of common passwords, read once when a password is first checked.</summary>
internal static class CommonPasswords
{
    private const string ResourceName = "Wijkpeil.App.CommonPasswords";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    /// <summary>Whether <paramref name="password"/> is on the list, in any letter case.</summary>
    public static bool Contains(string password) => List.Value.Contains(password.ToLowerInvariant());

    /// <summary>The number of entries, and the shortest, for the tests and the docs.</summary>
    public static int Count => List.Value.Count;

    public static int ShortestEntry => List.Value.Min(p => p.Length);

    private static HashSet<string> Load()
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"De lijst met veelgebruikte wachtwoorden ({ResourceName}) ontbreekt in Wijkpeil.App.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
