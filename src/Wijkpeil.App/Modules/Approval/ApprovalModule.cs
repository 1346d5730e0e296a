using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Import;
using Wijkpeil.App.Import.Parsers;

namespace Wijkpeil.App.Modules.Approval;

/// <summary>
/// The Approval module's front door: the importer with its parsers, upload and review of import batches.
/// Its pages (upload, review, history) are found by the Razor component scan.
/// </summary>
public static class ApprovalModule
{
    public static IServiceCollection AddApprovalModule(this IServiceCollection services)
    {
        services.AddScoped<ObservationImporter>();

        // Asked in this order for a file they can read.
        services.AddSingleton<IDatasetParser, StatLineParser>();
        services.AddSingleton<IDatasetParser, KwbParser>();
        services.AddSingleton<IDatasetParser, StatLineCsvParser>();
        services.AddSingleton<IDatasetParser, ODataParser>();
        services.AddSingleton<IDatasetParser, ObservationsCsvParser>();

        services.AddScoped<ImportReview>();
        services.AddScoped<ImportReviewQueries>();
        services.AddScoped<ImportUpload>();
        return services;
    }
}
