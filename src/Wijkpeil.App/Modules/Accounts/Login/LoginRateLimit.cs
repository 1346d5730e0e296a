using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui;
using Wijkpeil.App.Kernel.Web;
using Wijkpeil.App.Modules.Accounts.Manage;

namespace Wijkpeil.App.Modules.Accounts.Login;

/// <summary>
/// A fixed window of <see cref="LoginOptions.LoginAttemptsPerMinute"/> login POSTs per client IP address, as the
/// named rate-limiter policy <see cref="PolicyName"/> that the login page carries (<c>[EnableRateLimiting]</c>).
/// Bound to the page's endpoint, not to a path: the router decides what reaches the form, so every spelling of
/// the address that does (<c>/inloggen/</c>, <c>/inloggen/.</c>, <c>/%69nloggen</c>) counts, and one that does
/// not never gets to the password check. The GET and the POST are one Blazor endpoint; only the POST counts.
/// Behind a reverse proxy every client has the proxy's address unless the host applies forwarded headers.
/// </summary>
public static class LoginRateLimit
{
    /// <summary>The name of the login policy in the rate limiter's options.</summary>
    public const string PolicyName = "login";

    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services)
    {
        services.AddOptions<LoginOptions>()
            .BindConfiguration(LoginOptions.Section)
            .Validate(o => o.LoginAttemptsPerMinute >= 1, "Accounts:LoginAttemptsPerMinute moet minstens 1 zijn.")
            .ValidateOnStart();

        // A named policy only, no global limiter and no global OnRejected: other policies (such as the exports')
        // can be added beside it, each with its own answer.
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, new PerClientPostLimit(o => o.LoginAttemptsPerMinute, TimeSpan.FromMinutes(1), RejectAsync));
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (WebPaths.IsApiRequest(http))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Te veel pogingen",
                detail: string.Create(CultureInfo.InvariantCulture, $"Te veel inlogpogingen vanaf dit adres. Probeer het over {seconds} seconden opnieuw.")).ExecuteAsync(http);
            return;
        }

        // Written here rather than re-executed as a status page: re-execution keeps the POST, which would
        // then reach Blazor's form handling a second time. The request's language is known: localisation runs first.
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<AccountPagesText>>();
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            PlainPage.Html(
                text["Login.TooMany.Title"],
                text[minutes == 1 ? "Login.TooMany.OneMinute" : "Login.TooMany.Minutes", minutes],
                LoginPaths.Login,
                text["Login.TooMany.Back"]),
            cancellationToken);
    }
}
