using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>The Measurements module's front door: the figures' read contract, and what Areas asks of them.</summary>
public static class MeasurementsModule
{
    public static IServiceCollection AddMeasurementsModule(this IServiceCollection services) =>
        services.AddScoped<IObservationReader, ObservationReader>().AddScoped<IAreaFigures, MeasurementAreaFigures>();
}
