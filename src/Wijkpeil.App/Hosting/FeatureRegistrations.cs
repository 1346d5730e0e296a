using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Events;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Lessons;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.MeetingPlaces;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Opportunities;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.ResearchPlans;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Modules.Subsidies;

namespace Wijkpeil.App.Hosting;

/// <summary>Registers the host's own services (database, backup, seeding) and every module through its front door.</summary>
internal static class FeatureRegistrations
{
    public static IServiceCollection AddWijkpeilFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<Data.Backup.DatabaseBackup>();
        services.AddScoped<DefaultData.DefaultDataLoader>();
        services.AddScoped<DefaultData.DefaultSeeder>();
        services.AddScoped<DefaultData.DemoData>();

        services.AddAccountsModule();
        services.AddAuditModule();
        services.AddProgrammesModule();
        services.AddAreasModule();
        services.AddIndicatorsModule();
        services.AddMeasurementsModule(configuration);
        services.AddMonitorModule(configuration);
        services.AddAgendaModule();
        services.AddStoriesModule();
        services.AddSubsidiesModule(configuration);
        services.AddEventsModule();
        services.AddOpportunitiesModule();
        services.AddLessonsModule();
        services.AddMeetingPlacesModule();
        services.AddResearchPlansModule();
        return services;
    }
}
