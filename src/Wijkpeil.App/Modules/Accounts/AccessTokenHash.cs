using Wijkpeil.App.Kernel.Web;

namespace Wijkpeil.App.Modules.Accounts;

/// <summary>
/// Makes personal access tokens and link tokens and the hash under which they are stored (<see cref="SecretToken"/>).
/// </summary>
public static class AccessTokenHash
{
    /// <summary>Every token starts with this, so a leaked one is recognisable (for secret scanners and people).</summary>
    public const string Prefix = "wpt_";

    /// <summary>A new token: the prefix and 32 random bytes in URL-safe Base64 (47 characters).</summary>
    public static string NewToken() => SecretToken.New(Prefix);

    /// <summary>Starts the token of a single-use invitation or password-reset link.</summary>
    public const string LinkPrefix = "wpl_";

    /// <summary>A new link token: <see cref="LinkPrefix"/> and 32 random bytes in URL-safe Base64.</summary>
    public static string NewLinkToken() => SecretToken.New(LinkPrefix);

    /// <summary>The stored form: lower-case hexadecimal SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Of(string token) => SecretToken.Hash(token);
}
