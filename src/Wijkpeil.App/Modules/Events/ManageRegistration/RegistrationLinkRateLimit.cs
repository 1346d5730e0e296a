using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Web;

namespace Wijkpeil.App.Modules.Events.ManageRegistration;

/// <summary>
/// The rate limit of the person's link page and the registration form: the kernel's
/// <see cref="SecretLinkRateLimit{TText}"/> with <see cref="EventsOptions.LinkRequestsPerMinute"/>, carried by the
/// pages as <c>[EnableRateLimiting(PolicyName)]</c>.
/// </summary>
public static class RegistrationLinkRateLimit
{
    public const string PolicyName = "event-registration";

    /// <summary>Adds the policy with the permits the configured <see cref="EventsOptions"/> give.</summary>
    public static IServiceCollection AddTo(IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<EventsOptions>(
            (limiter, options) => limiter.AddPolicy(PolicyName, new SecretLinkRateLimit<RegistrationText>(options.LinkRequestsPerMinute, "/bijeenkomsten")));
        return services;
    }
}
