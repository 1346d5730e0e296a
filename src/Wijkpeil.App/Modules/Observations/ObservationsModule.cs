using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Export;

namespace Wijkpeil.App.Modules.Observations;

/// <summary>The Observations module's front door: published figures, their API and downloads. The open data page is found by the Razor component scan.</summary>
public static class ObservationsModule
{
    public static IServiceCollection AddObservationsModule(this IServiceCollection services)
    {
        services.AddScoped<ObservationQueries>();
        services.AddSingleton<ObservationExportWriter>();
        return services;
    }

    /// <summary>The web host's part: the download limits and the pre-built whole data set.</summary>
    public static IServiceCollection AddObservationsModuleWeb(this IServiceCollection services) =>
        services.AddObservationExports();

    /// <summary>The /api/v1/observations endpoints and downloads.</summary>
    public static IEndpointRouteBuilder MapObservationsModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapObservationEndpoints();
}
