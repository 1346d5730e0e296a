using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Measurements.Export;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>
/// The Measurements module's front door: the importer with its parsers, upload and review of import batches,
/// the published figures, their API and downloads. Its pages (upload, review, history, open data) are found by
/// the Razor component scan.
/// </summary>
public static class MeasurementsModule
{
    public static IServiceCollection AddMeasurementsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmallNumberOptions>()
            .Bind(configuration.GetSection(SmallNumberOptions.Section))
            .Validate(o => o.MinimumSampleSize >= 1, "Monitor:MinimumSampleSize moet minstens 1 zijn: een kleinere ondergrens zou geen enkel cijfer afschermen.")
            .ValidateOnStart();
        services.AddScoped<ImportRegister>();
        services.AddScoped<ObservationImporter>();
        services.AddScoped<IObservationFileImport, ObservationFileImport>();

        // Asked in this order for a file they can read.
        services.AddSingleton<IDatasetParser, StatLineParser>();
        services.AddSingleton<IDatasetParser, KwbParser>();
        services.AddSingleton<IDatasetParser, StatLineCsvParser>();
        services.AddSingleton<IDatasetParser, ODataParser>();
        services.AddSingleton<IDatasetParser, ObservationsCsvParser>();

        services.AddScoped<ImportReview>();
        services.AddScoped<ImportReviewQueries>();
        services.AddScoped<ImportUpload>();

        services.AddScoped<ObservationQueries>();
        services.AddSingleton<ObservationExportWriter>();

        // The figures' read contract, and what Areas asks of them.
        services.AddScoped<IObservationReader, ObservationReader>();
        services.AddScoped<IAreaFigures, MeasurementAreaFigures>();
        return services;
    }

    /// <summary>The web host's part: the download limits and the pre-built whole data set.</summary>
    public static IServiceCollection AddMeasurementsModuleWeb(this IServiceCollection services) =>
        services.AddObservationExports();

    /// <summary>The /api/v1/observations endpoints and downloads.</summary>
    public static IEndpointRouteBuilder MapMeasurementsModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapObservationEndpoints();
}
