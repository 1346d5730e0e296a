using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>
/// Secrets that stand in for a login (access tokens, single-use links, an applicant's link to their application) and
/// the hash under which they are stored. A secret is 256 random bits, so one unsalted SHA-256 is enough: a slow,
/// salted password hash protects low-entropy secrets that people choose, which a 2^256 search space does not need,
/// and a salt would rule out finding the secret by its hash in one indexed lookup per request.
/// </summary>
public static class SecretToken
{
    /// <summary>A new secret: <paramref name="prefix"/> (so a leaked one is recognisable) and 32 random bytes in URL-safe Base64.</summary>
    public static string New(string prefix) => prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form: lower-case hexadecimal SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
