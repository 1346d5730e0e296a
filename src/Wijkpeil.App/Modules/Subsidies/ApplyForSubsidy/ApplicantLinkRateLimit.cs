using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Web;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// The rate limit of the applicant's link page, the application form and the applicant's downloads: the kernel's
/// <see cref="SecretLinkRateLimit{TText}"/> with <c>Subsidies:LinkRequestsPerMinute</c> (default 60), carried as
/// <c>[EnableRateLimiting(PolicyName)]</c> or <c>RequireRateLimiting(PolicyName)</c>.
/// </summary>
public static class ApplicantLinkRateLimit
{
    public const string PolicyName = "subsidy-link";
    public const string SettingKey = "Subsidies:LinkRequestsPerMinute";
    public const int DefaultPerMinute = 60;

    public static IServiceCollection AddTo(IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(SettingKey, DefaultPerMinute);
        if (permits < 1)
        {
            throw new InvalidOperationException($"{SettingKey} moet minstens 1 zijn (gegeven {permits}).");
        }

        return services.AddRateLimiter(options => options.AddPolicy(PolicyName, new SecretLinkRateLimit<ApplyText>(permits, "/subsidies")));
    }
}
