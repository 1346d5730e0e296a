namespace Wijkpeil.App.Modules.Accounts.Login;

/// <summary>Settings of the login page and the password-reset requests, bound from the <c>Accounts</c> configuration section.</summary>
public sealed class LoginOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Login attempts (POSTs of the login form) one client IP address may make per minute before it gets 429.
    /// Lockout protects one account; this protects all of them against one client guessing across accounts.
    /// </summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>
    /// Requests for a reset link (POSTs of <c>/wachtwoord-vergeten</c>) one client IP address may make per hour before
    /// it gets 429 (<see cref="Manage.ResetRequestRateLimit"/>). Each may send a mail; colleagues behind one office
    /// address share the limit, hence more than one person needs.
    /// </summary>
    public int ResetRequestsPerHour { get; set; } = 20;
}
