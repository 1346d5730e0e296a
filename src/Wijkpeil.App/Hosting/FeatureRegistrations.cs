using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;
using Wijkpeil.App.Import;

namespace Wijkpeil.App.Hosting;

/// <summary>Registers the feature services (importers, exports, seeding). One line per module.</summary>
internal static class FeatureRegistrations
{
    public static IServiceCollection AddWijkpeilFeatures(this IServiceCollection services)
    {
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ObservationImporter>();
        services.AddScoped<DefaultData.DefaultDataLoader>();
        return services;
    }
}
