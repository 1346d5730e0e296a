using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Agenda.ChangeProjectStatus;
using Wijkpeil.App.Modules.Agenda.CreateProject;
using Wijkpeil.App.Modules.Agenda.DeleteProject;
using Wijkpeil.App.Modules.Agenda.EditProject;
using Wijkpeil.App.Modules.Agenda.LinkIndicator;
using Wijkpeil.App.Modules.Agenda.ListProjects;
using Wijkpeil.App.Modules.Agenda.Pages;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Agenda.PublishProject;
using Wijkpeil.App.Modules.Agenda.RecordFunding;
using Wijkpeil.App.Modules.Agenda.RecordOutput;
using Wijkpeil.App.Modules.Agenda.RecordProgress;
using Wijkpeil.App.Modules.Agenda.ShowProject;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>
/// The Agenda module's front door: projects with their progress, funding and outputs, one folder per use case. Its
/// pages are found by the Razor component scan.
/// </summary>
public static class AgendaModule
{
    public static IServiceCollection AddAgendaModule(this IServiceCollection services)
    {
        services.AddScoped<AgendaProgrammes>();
        services.AddScoped<ProjectChanges>();
        services.AddScoped<ListProjectsQuery>();
        services.AddScoped<ShowProjectQuery>();
        services.AddScoped<ProjectEditQuery>();
        services.AddScoped<CreateProjectHandler>();
        services.AddScoped<EditProjectHandler>();
        services.AddScoped<ChangeProjectStatusHandler>();
        services.AddScoped<PublishProjectHandler>();
        services.AddScoped<DeleteProjectHandler>();
        services.AddScoped<RecordProgressHandler>();
        services.AddScoped<RecordOutputHandler>();
        services.AddScoped<RecordFundingHandler>();
        services.AddScoped<LinkIndicatorHandler>();
        services.AddScoped<Contracts.IAgendaOverview, Contracts.AgendaOverview>();
        services.AddScoped<Contracts.IAgendaWords, Contracts.AgendaWords>();
        services.AddScoped<Contracts.IProjectDirectory, AgendaProjectDirectory>();
        services.AddScoped<Contracts.IAgendaSeeding, AgendaSeeding>();
        services.AddScoped<AgendaPageData>();
        services.AddScoped<Programmes.Contracts.IProgrammeUsage, AgendaProgrammeUsage>();
        return services;
    }

    /// <summary>The /api/v1/projects endpoints.</summary>
    public static IEndpointRouteBuilder MapAgendaModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapProjectEndpoints();
}
