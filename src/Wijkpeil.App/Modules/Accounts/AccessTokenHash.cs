using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// Makes personal access tokens and the hash under which they are stored. A token is 256 random bits, so
/// one unsalted SHA-256 is enough: a slow, salted password hash (PBKDF2) protects low-entropy secrets that
/// people choose and can be guessed, which a 2^256 search space does not need, and a salt would rule out
/// finding the token by its hash in one indexed lookup per request.
/// </summary>
public static class AccessTokenHash
{
    /// <summary>Every token starts with this, so a leaked one is recognisable (for secret scanners and people).</summary>
    public const string Prefix = "wpt_";

    /// <summary>A new token: the prefix and 32 random bytes in URL-safe Base64 (47 characters).</summary>
    public static string NewToken() => Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Starts the token of a single-use invitation or password-reset link.</summary>
    public const string LinkPrefix = "wpl_";

    /// <summary>A new link token: <see cref="LinkPrefix"/> and 32 random bytes in URL-safe Base64.</summary>
    public static string NewLinkToken() => LinkPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form: lower-case hexadecimal SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
