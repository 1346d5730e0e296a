using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>The Programmes module's front door: its services and API; its pages are found by the Razor component scan. See README.md in this folder.</summary>
public static class ProgrammesModule
{
    public static IServiceCollection AddProgrammesModule(this IServiceCollection services)
    {
        services.AddScoped<IProgrammeCatalogue, ProgrammeCatalogue>();
        services.AddScoped<IIndicatorSelections, ProgrammeIndicatorSelections>();
        services.AddScoped<CreateProgramme.CreateProgrammeHandler>();
        services.AddScoped<IProgrammeSeeding, ProgrammeSeeding>();
        services.AddScoped<EditProgramme.EditProgrammeHandler>();
        services.AddScoped<IAreaFocusAreas, ProgrammeAreaFocusAreas>();
        services.AddScoped<IIndicatorPlaces, ProgrammeIndicatorPlaces>();
        services.AddScoped<ProgrammeFormChoices>();
        return services;
    }

    /// <summary>The /api/v1/programmes endpoints.</summary>
    public static IEndpointRouteBuilder MapProgrammesModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapProgrammeEndpoints();
}
