using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Wijkpeil.App.Kernel.Scheduling;

/// <summary>What one task's run came to: how many items it handled, or why it failed.</summary>
public sealed record DailyTaskResult(string Name, int? Count, Exception? Failure)
{
    public bool Succeeded => Failure is null;
}

/// <summary>
/// Runs every registered <see cref="IDailyTask"/> once a day at <see cref="SchedulingOptions.DailyHour"/> in
/// Europe/Amsterdam, each task in a DI scope of its own; the web host's part (the CLI runs the same tasks on demand,
/// <c>wijkpeil tasks run</c>). A task that fails is logged and the others still run; the next day tries it again.
/// </summary>
/// <remarks>
/// The wait is computed from <see cref="TimeProvider"/> and re-computed after each run, so a clock change or a
/// long run never shifts the hour. With several web processes on one database, leave the schedule on in one of them
/// (<c>Scheduling:Enabled=false</c> in the others): tasks are safe to repeat, but two at the same moment would do
/// the same work twice over.
/// </remarks>
internal sealed partial class DailyTaskRunner(IServiceScopeFactory scopes, SchedulingOptions options, TimeProvider clock, ILogger<DailyTaskRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = DailySchedule.NextRun(now, options.DailyHour, DailySchedule.Amsterdam);
            LogNextRun(logger, next);
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await DailyTasks.RunAllAsync(scopes, logger, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Making a scope failed (a misregistered task): tomorrow is another try, the host keeps running.
                LogRunFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily tasks are off (Scheduling:Enabled=false); run them with 'wijkpeil tasks run'.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily tasks run next at {Next:o}.")]
    private static partial void LogNextRun(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Error, Message = "The daily tasks could not be started; they are tried again at the next run.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
