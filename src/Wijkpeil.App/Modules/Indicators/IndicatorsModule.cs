using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Indicators.Contracts;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>The Indicators module's front door: the indicator catalogue and its API.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services) =>
        services.AddScoped<IndicatorQueries>().AddScoped<IIndicatorCatalogue, IndicatorCatalogue>().AddScoped<IIndicatorCuration, IndicatorCuration>()
            .AddScoped<IIndicatorRegistration, IndicatorRegistration>()
            .AddScoped<CreateIndicator.CreateIndicatorHandler>().AddScoped<EditIndicator.EditIndicatorHandler>().AddScoped<RetireIndicator.RetireIndicatorHandler>();

    /// <summary>The /api/v1/indicators endpoints; the /beheer/indicatoren pages are found by the Razor component scan.</summary>
    public static IEndpointRouteBuilder MapIndicatorsModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapIndicatorEndpoints();
}
