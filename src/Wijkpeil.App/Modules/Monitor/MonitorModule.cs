using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Modules.Monitor.CompareAreas;
using Wijkpeil.App.Modules.Monitor.ListIndicators;
using Wijkpeil.App.Modules.Monitor.ListProgrammes;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Monitor.Search;
using Wijkpeil.App.Modules.Monitor.ShowAreaProfile;
using Wijkpeil.App.Modules.Monitor.ShowFactsheet;
using Wijkpeil.App.Modules.Monitor.ShowFocusArea;
using Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;
using Wijkpeil.App.Modules.Monitor.ShowOverview;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>The Monitor module's front door: the public outcome monitor's pages (found by the Razor component scan), its PDFs and chart data.</summary>
public static class MonitorModule
{
    public static IServiceCollection AddMonitorModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PdfOptions.FromConfiguration(configuration));
        services.AddScoped<KernsetReader>();
        services.AddScoped<AreaReader>();
        services.AddScoped<FigureReader>();
        services.AddScoped<PopulationReader>();
        services.AddScoped<ListProgrammesQuery>();
        services.AddScoped<ShowOverviewQuery>();
        services.AddScoped<ShowAreaProfileQuery>();
        services.AddScoped<ShowIndicatorProfileQuery>();
        services.AddScoped<CompareAreasQuery>();
        services.AddScoped<ShowFactsheetQuery>();
        services.AddScoped<ShowFocusAreaQuery>();
        services.AddScoped<SearchQuery>();
        services.AddScoped<ListIndicatorsQuery>();
        services.AddSingleton<PdfRenderer>();
        return services;
    }

    /// <summary>The companions of the pages, each in its page's slice: factsheet PDFs, map data and trend charts.</summary>
    public static IEndpointRouteBuilder MapMonitorModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFactsheetPdf().MapIndicatorMap().MapAreaTrend().MapAreaMonitor().MapFocusAreaData();
}
