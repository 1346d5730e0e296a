using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>
/// Requests to pages behind a secret link (and the forms that make one) per client IP address: a fixed window of
/// <paramref name="permits"/> a minute, GET and POST alike, so nobody tries secrets or floods a form at speed. A
/// secret is 256 bits, so this guards the server more than the secrets. Refused with a plain page in the module's
/// words (<typeparamref name="TText"/>'s <c>TooMany.Title</c>, <c>TooMany.Text</c> and <c>TooMany.Back</c>) and a
/// link back to <paramref name="backPath"/>. Each module adds it under its own policy name.
/// </summary>
/// <typeparam name="TText">The module's text resource with the refusal's words.</typeparam>
public sealed class SecretLinkRateLimit<TText>(int permits, string backPath) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<TText>>();
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(PlainPage.Html(text["TooMany.Title"], text["TooMany.Text"], backPath, text["TooMany.Back"]), ct);
    }
}
