using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>The web host's download protection: the export limits and the pre-built whole data set.</summary>
public static class ExportServices
{
    public static IServiceCollection AddObservationExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.Section)
            .Validate(o => o.MaxConcurrentPerClient >= 1, "Exports:MaxConcurrentPerClient moet minstens 1 zijn: bij 0 kan niemand iets downloaden.")
            .Validate(o => o.MaxConcurrent >= 1, "Exports:MaxConcurrent moet minstens 1 zijn: bij 0 kan niemand iets downloaden.")
            .ValidateOnStart();
        services.AddSingleton<ExportGate>();
        services.AddSingleton<PublishedDataVersion>();
        services.AddSingleton<FullDataExport>();
        services.AddSingleton<WholeDataSize>();
        return services;
    }
}
