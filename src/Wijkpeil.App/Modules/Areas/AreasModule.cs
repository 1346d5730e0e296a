using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Areas.ImportBoundaries;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Modules.Areas.Search;

namespace Wijkpeil.App.Modules.Areas;

/// <summary>The Areas module's front door: the area register, its import of regions and boundaries, and its API.</summary>
public static class AreasModule
{
    public static IServiceCollection AddAreasModule(this IServiceCollection services)
    {
        services.AddScoped<AreaQueries>();
        services.AddScoped<IAreaRegister, AreaRegister>();
        services.AddScoped<IAreaRegistration, AreaRegistration>();
        services.AddScoped<RegionImporter>();
        services.AddScoped<BoundaryImporter>();
        services.AddScoped<IAreaFileImport, AreaFileImport>();
        services.AddSingleton<AreaSearchIndex>();
        services.AddScoped<IAreaSearch, RegisterSearch>();
        return services;
    }

    /// <summary>The /api/v1/areas endpoints.</summary>
    public static IEndpointRouteBuilder MapAreasModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapAreaEndpoints();
}
