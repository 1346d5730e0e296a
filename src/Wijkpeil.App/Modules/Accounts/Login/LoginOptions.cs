namespace Wijkpeil.App.Modules.Accounts.Login;

/// <summary>Settings of the login page, bound from the <c>Accounts</c> configuration section.</summary>
public sealed class LoginOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Login attempts (POSTs of the login form) one client IP address may make per minute before it gets 429.
    /// Lockout protects one account; this protects all of them against one client guessing across accounts.
    /// </summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
