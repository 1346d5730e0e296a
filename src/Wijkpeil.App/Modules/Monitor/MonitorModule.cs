using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Pdf;
using Wijkpeil.App.Modules.Monitor.ShowAreaProfile;

namespace Wijkpeil.App.Modules.Monitor;

/// <summary>The Monitor module's front door: the public outcome monitor's pages (found by the Razor component scan), its PDFs and chart data.</summary>
public static class MonitorModule
{
    public static IServiceCollection AddMonitorModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PdfOptions.FromConfiguration(configuration));
        services.AddScoped<MonitorQueries>();
        services.AddSingleton<PdfRenderer>();
        return services;
    }

    /// <summary>The factsheet PDFs and the monitor's chart and map data.</summary>
    public static IEndpointRouteBuilder MapMonitorModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMonitorEndpoints().MapAreaTrend();
}
