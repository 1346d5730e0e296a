using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;
using Wijkpeil.App.Import;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Stories;

namespace Wijkpeil.App.Hosting;

/// <summary>Registers the feature services (importers, exports, seeding). One line per module.</summary>
internal static class FeatureRegistrations
{
    public static IServiceCollection AddWijkpeilFeatures(this IServiceCollection services)
    {
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<Data.Backup.DatabaseBackup>();
        services.AddScoped<ObservationImporter>();
        services.AddSingleton<IDatasetParser, Import.Parsers.StatLineParser>();
        services.AddSingleton<IDatasetParser, Import.Parsers.KwbParser>();
        services.AddSingleton<IDatasetParser, Import.Parsers.StatLineCsvParser>();
        services.AddSingleton<IDatasetParser, Import.Parsers.ODataParser>();
        services.AddSingleton<IDatasetParser, Import.Parsers.ObservationsCsvParser>();
        services.AddScoped<DefaultData.DefaultDataLoader>();
        services.AddProgrammesModule();
        services.AddScoped<Modules.Areas.AreaQueries>();
        services.AddScoped<Modules.Indicators.IndicatorQueries>();
        services.AddScoped<Modules.Observations.ObservationQueries>();
        services.AddScoped<Modules.Monitor.MonitorQueries>();
        services.AddScoped<Modules.Agenda.AgendaQueries>();
        services.AddScoped<Modules.Agenda.ProjectEditing>();
        services.AddScoped<Modules.Agenda.AgendaOverviewQueries>();
        services.AddScoped<Modules.Agenda.Pages.AgendaPageData>();
        services.AddScoped<Modules.Programmes.Contracts.IProgrammeUsage, Modules.Agenda.AgendaProgrammeUsage>();
        services.AddScoped<Modules.Stories.StoryQueries>();
        services.AddScoped<Modules.Stories.StoryEditing>();
        services.AddScoped<Modules.Programmes.Contracts.IProgrammeUsage, Modules.Stories.StoryProgrammeUsage>();
        services.AddStoryEditorPolicy();
        services.AddScoped<Modules.Audit.AuditLog>();
        services.AddScoped<Modules.Audit.AuditQueries>();
        services.AddScoped<Modules.Approval.ImportReview>();
        services.AddScoped<Modules.Approval.ImportReviewQueries>();
        services.AddScoped<Modules.Approval.ImportUpload>();
        services.AddSingleton<Export.ObservationExportWriter>();
        services.AddScoped<Import.Regions.RegionImporter>();
        services.AddScoped<Import.Boundaries.BoundaryImporter>();
        services.AddScoped<DefaultData.DefaultSeeder>();
        services.AddSingleton<Pdf.PdfRenderer>();
        return services;
    }
}
