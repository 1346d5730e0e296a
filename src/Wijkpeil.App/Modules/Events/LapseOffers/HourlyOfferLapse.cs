using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Scheduling;

namespace Wijkpeil.App.Modules.Events.LapseOffers;

/// <summary>
/// Runs <see cref="LapseOffersTask"/> every hour in the web host, beside the daily run: a 48-hour offer that nobody took
/// passes on within the hour after it expired, not at the next night's run (a day of a place held for nobody before a
/// werkbezoek is a day the next in line cannot plan). Off when the daily tasks are (<c>Scheduling:Enabled=false</c>),
/// for the same reason: with several web processes, one runs the schedule.
/// </summary>
internal sealed partial class HourlyOfferLapse(IServiceScopeFactory scopes, SchedulingOptions options, TimeProvider clock, ILogger<HourlyOfferLapse> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        // Created before the first await, so the first tick counts from the host's start.
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var lapsed = await scope.ServiceProvider.GetRequiredService<LapseOffersTask>().RunAsync(stoppingToken);
                LogRun(logger, lapsed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A database hiccup: the next hour tries again; the host keeps running.
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The hourly offer lapse lapsed {Count} offer(s).")]
    private static partial void LogRun(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The hourly offer lapse failed; it runs again in an hour.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
