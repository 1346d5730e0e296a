using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Hosting;

namespace Wijkpeil.App.Modules.Accounts.Login;

/// <summary>
/// A fixed window of <see cref="LoginOptions.LoginAttemptsPerMinute"/> login POSTs per client IP address.
/// A global limiter rather than endpoint metadata, because the login page's GET and POST are one Blazor
/// endpoint and only the POST (the password check) should count. Behind a reverse proxy every client has
/// the proxy's address unless the host applies forwarded headers.
/// </summary>
public static class LoginRateLimit
{
    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services)
    {
        services.AddOptions<LoginOptions>()
            .BindConfiguration(LoginOptions.Section)
            .Validate(o => o.LoginAttemptsPerMinute >= 1, "Accounts:LoginAttemptsPerMinute moet minstens 1 zijn.")
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!IsLoginAttempt(http.Request))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var perMinute = http.RequestServices.GetRequiredService<IOptions<LoginOptions>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static bool IsLoginAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(LoginPaths.Login, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (WijkpeilWeb.IsApiRequest(http))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Te veel pogingen",
                detail: string.Create(CultureInfo.InvariantCulture, $"Te veel inlogpogingen vanaf dit adres. Probeer het over {seconds} seconden opnieuw.")).ExecuteAsync(http);
            return;
        }

        // Written here rather than re-executed as a status page: re-execution keeps the POST, which would
        // then reach Blazor's form handling a second time.
        http.Response.ContentType = "text/html; charset=utf-8";
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        await http.Response.WriteAsync(
            $$"""
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Te veel inlogpogingen · Wijkpeil</title><link rel="stylesheet" href="/css/wijkpeil.css"></head>
            <body><main class="wp-main">
            <h1 class="utrecht-heading-1">Te veel inlogpogingen</h1>
            <p class="utrecht-paragraph">Vanaf dit adres is in korte tijd te vaak geprobeerd in te loggen. Wacht {{minutes.ToString(CultureInfo.InvariantCulture)}} {{(minutes == 1 ? "minuut" : "minuten")}} en probeer het dan opnieuw.</p>
            <p class="utrecht-paragraph"><a class="utrecht-link" href="{{LoginPaths.Login}}">Terug naar inloggen</a></p>
            </main></body>
            </html>
            """,
            cancellationToken);
    }
}
