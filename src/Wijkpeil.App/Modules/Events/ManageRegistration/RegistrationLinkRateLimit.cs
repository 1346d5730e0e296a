using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Modules.Events.ManageRegistration;

/// <summary>
/// Requests to the person's link page and the registration form per client IP address: a fixed window of
/// <see cref="EventsOptions.LinkRequestsPerMinute"/>, GET and POST alike, so nobody tries secrets or floods the
/// waiting list at speed. A named policy the pages carry (<c>[EnableRateLimiting]</c>), with its own refusal page.
/// </summary>
public sealed class RegistrationLinkRateLimit(int permits) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "event-registration";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <summary>Adds the policy with the permits the configured <see cref="EventsOptions"/> give.</summary>
    public static IServiceCollection AddTo(IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<EventsOptions>(
            (limiter, options) => limiter.AddPolicy(PolicyName, new RegistrationLinkRateLimit(options.LinkRequestsPerMinute)));
        return services;
    }

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<RegistrationText>>();
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(PlainPage.Html(text["TooMany.Title"], text["TooMany.Text"], "/bijeenkomsten", text["TooMany.Back"]), ct);
    }
}
