using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Wijkpeil.App.Modules.Accounts.Login;

/// <summary>
/// A rate-limiter policy of the account forms (login, password reset): a fixed window of a configured number of POSTs
/// per client IP address; showing the form (GET) is free. The number is read from <see cref="LoginOptions"/> per
/// request, the refusal is the form's own.
/// </summary>
internal sealed class PerClientPostLimit(
    Func<LoginOptions, int> permits,
    TimeSpan window,
    Func<OnRejectedContext, CancellationToken, ValueTask> reject) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => reject;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var limit = permits(httpContext.RequestServices.GetRequiredService<IOptions<LoginOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 });
    }
}
