using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Modules.Accounts.Login;

namespace Wijkpeil.App.Modules.Accounts.Manage;

/// <summary>
/// A fixed window of <see cref="LoginOptions.ResetRequestsPerHour"/> POSTs of <c>/wachtwoord-vergeten</c> per client IP
/// address, as the named rate-limiter policy <see cref="PolicyName"/> the page carries: each request may send a mail,
/// so one client must not send mails to address after address. Its own limit, not the login one: the two forms'
/// requests do not use up each other's, and the refusal speaks of reset requests, not of login attempts. It applies
/// to every request alike, whether or not the address has an account, so the answer still tells nobody which
/// addresses do. Per address, <see cref="UserAdministration.IssueResetLinkAsync"/> sends at most
/// <see cref="UserAdministration.ResetLinksPerHour"/> links an hour, silently (the page's answer stays the same).
/// Behind a reverse proxy every client has the proxy's address unless the host applies forwarded headers.
/// </summary>
public static class ResetRequestRateLimit
{
    /// <summary>The name of the reset-request policy in the rate limiter's options.</summary>
    public const string PolicyName = "password-reset";

    public static IServiceCollection AddResetRequestRateLimit(this IServiceCollection services)
    {
        services.AddOptions<LoginOptions>()
            .Validate(o => o.ResetRequestsPerHour >= 1, "Accounts:ResetRequestsPerHour moet minstens 1 zijn.");
        services.AddRateLimiter(options => options.AddPolicy(PolicyName, new PerClientPostLimit(o => o.ResetRequestsPerHour, TimeSpan.FromHours(1), RejectAsync)));
        return services;
    }

    // Written here rather than re-executed as a status page: re-execution keeps the POST, which would then reach
    // Blazor's form handling a second time. The request's language is known: localisation runs before the limiter.
    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromHours(1);
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<AccountPagesText>>();
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            PlainPage.Html(
                text["Forgot.TooMany.Title"],
                text[minutes == 1 ? "Forgot.TooMany.OneMinute" : "Forgot.TooMany.Minutes", minutes],
                LoginPaths.Login,
                text["Set.SignIn"]),
            cancellationToken);
    }
}
