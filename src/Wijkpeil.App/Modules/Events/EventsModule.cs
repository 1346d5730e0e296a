using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Events.RegisterForEvent;

namespace Wijkpeil.App.Modules.Events;

/// <summary>
/// The Events module's front door: the Community of Practice's events (workshops, werkbezoeken, themabijeenkomsten,
/// spreekuren), registration without an account with a waiting list and timed offers, attendance and the report
/// afterwards, one folder per use case.
/// </summary>
public static class EventsModule
{
    public static IServiceCollection AddEventsModule(this IServiceCollection services)
    {
        services.AddScoped<RegistrationHandler>();
        return services;
    }
}
