using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Scheduling;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Events.AnonymiseRegistrations;
using Wijkpeil.App.Modules.Events.Attendance;
using Wijkpeil.App.Modules.Events.Calendar;
using Wijkpeil.App.Modules.Events.LapseOffers;
using Wijkpeil.App.Modules.Events.ListEvents;
using Wijkpeil.App.Modules.Events.Mails;
using Wijkpeil.App.Modules.Events.ManageEvents;
using Wijkpeil.App.Modules.Events.ManageRegistration;
using Wijkpeil.App.Modules.Events.RegisterForEvent;
using Wijkpeil.App.Modules.Events.ShowEvent;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;

namespace Wijkpeil.App.Modules.Events;

/// <summary>
/// The Events module's front door: the Community of Practice's events (workshops, werkbezoeken, themabijeenkomsten,
/// spreekuren), registration without an account with a waiting list and timed offers, attendance and the report
/// afterwards, one folder per use case. Its pages are found by the Razor component scan.
/// </summary>
public static class EventsModule
{
    public static IServiceCollection AddEventsModule(this IServiceCollection services)
    {
        services.AddSingleton(sp => EventsOptions.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<RegistrationHandler>();
        services.AddScoped<EventPageQuery>();
        services.AddScoped<RegistrationQuery>();
        services.AddScoped<ChangeRegistrationHandler>();
        services.AddScoped<RegistrantMails>();
        RegistrationLinkRateLimit.AddTo(services);
        services.AddScoped<LapseOffersTask>();
        services.AddScoped<IDailyTask>(sp => sp.GetRequiredService<LapseOffersTask>());
        services.AddScoped<IDailyTask, AnonymiseRegistrationsTask>();
        services.AddScoped<EventChoicesQuery>();
        services.AddScoped<ManageEventsHandler>();
        services.AddScoped<EventsAdminQuery>();
        services.AddScoped<ListEventsQuery>();
        services.AddScoped<AttendanceQuery>();
        services.AddScoped<AttendanceHandler>();
        services.AddScoped<IAgendaEventAttendance, AgendaEventAttendance>();
        services.AddScoped<IMeetingPlaceEvents, MeetingPlaceEvents>();
        return services;
    }

    /// <summary>The web host's part: offers lapse every hour (<see cref="HourlyOfferLapse"/>), not only with the daily tasks.</summary>
    public static IServiceCollection AddEventsModuleWeb(this IServiceCollection services)
    {
        services.AddHostedService<HourlyOfferLapse>();
        return services;
    }

    /// <summary>The module's endpoints (the iCalendar feed and each event's <c>.ics</c>).</summary>
    public static IEndpointRouteBuilder MapEventsModule(this IEndpointRouteBuilder endpoints) => endpoints.MapEventCalendars();
}
