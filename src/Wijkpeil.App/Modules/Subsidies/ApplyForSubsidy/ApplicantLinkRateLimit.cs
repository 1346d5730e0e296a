using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// Requests to the applicant's link page and the application form per client IP address: a fixed window of
/// <c>Subsidies:LinkRequestsPerMinute</c> (default 60), GET and POST alike, so nobody can try secrets at speed. A
/// secret is 256 bits, so this guards the server more than the secrets. A named policy the pages carry
/// (<c>[EnableRateLimiting]</c>), with its own refusal page.
/// </summary>
public sealed class ApplicantLinkRateLimit(int permits) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "subsidy-link";
    public const string SettingKey = "Subsidies:LinkRequestsPerMinute";
    public const int DefaultPerMinute = 60;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public static IServiceCollection AddTo(IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(SettingKey, DefaultPerMinute);
        if (permits < 1)
        {
            throw new InvalidOperationException($"{SettingKey} moet minstens 1 zijn (gegeven {permits}).");
        }

        return services.AddRateLimiter(options => options.AddPolicy(PolicyName, new ApplicantLinkRateLimit(permits)));
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
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<ApplyText>>();
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(PlainPage.Html(text["TooMany.Title"], text["TooMany.Text"], "/subsidies", text["TooMany.Back"]), ct);
    }
}
