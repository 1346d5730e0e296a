using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Agenda.Pages;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>The Agenda module's front door: projects with their progress, funding and outputs. Its pages are found by the Razor component scan.</summary>
public static class AgendaModule
{
    public static IServiceCollection AddAgendaModule(this IServiceCollection services)
    {
        services.AddScoped<AgendaQueries>();
        services.AddScoped<ProjectEditing>();
        services.AddScoped<AgendaOverviewQueries>();
        services.AddScoped<AgendaPageData>();
        services.AddScoped<Programmes.Contracts.IProgrammeUsage, AgendaProgrammeUsage>();
        return services;
    }

    /// <summary>The /api/v1/projects endpoints.</summary>
    public static IEndpointRouteBuilder MapAgendaModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapProjectEndpoints();
}
