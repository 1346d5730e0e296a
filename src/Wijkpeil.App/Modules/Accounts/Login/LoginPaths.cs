using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Modules.Accounts.Login;

/// <summary>The addresses and the cookie of signing in with a password.</summary>
public static class LoginPaths
{
    public const string Login = "/inloggen";

    public const string Logout = "/uitloggen";

    /// <summary>The name of the session cookie Identity's application scheme issues.</summary>
    public const string CookieName = "wijkpeil-sessie";

    /// <summary>The login address that returns to <paramref name="returnPath"/> afterwards.</summary>
    public static string LoginReturningTo(string returnPath) =>
        LocalReturnUrl.IsLocal(returnPath) && returnPath != "/" ? $"{Login}?ReturnUrl={Uri.EscapeDataString(returnPath)}" : Login;
}
