using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>The Indicators module's front door: the indicator catalogue and its API.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services) =>
        services.AddScoped<IndicatorQueries>().AddScoped<IIndicatorCatalogue, IndicatorCatalogue>().AddScoped<IIndicatorCuration, IndicatorCuration>()
            .AddScoped<IIndicatorRegistration, IndicatorRegistration>();

    /// <summary>The /api/v1/indicators endpoints.</summary>
    public static IEndpointRouteBuilder MapIndicatorsModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapIndicatorEndpoints();
}
