using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wijkpeil.App.Kernel.Scheduling;

/// <summary>
/// Registers the <see cref="DailyTaskRunner"/> (in the web host only) and runs the tasks, for the runner and for
/// <c>wijkpeil tasks run</c>.
/// </summary>
public static partial class DailyTasks
{
    /// <summary>The web host's schedule; the CLI runs the tasks only when told to.</summary>
    public static IServiceCollection AddDailyTaskRunner(this IServiceCollection services)
    {
        services.AddSingleton(sp => SchedulingOptions.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddHostedService<DailyTaskRunner>();
        return services;
    }

    /// <summary>
    /// Runs every registered task one after another, each in a DI scope of its own (a task that failed halfway leaves
    /// no tracked changes to the next); never throws for a task's failure, only when cancelled.
    /// </summary>
    public static async Task<IReadOnlyList<DailyTaskResult>> RunAllAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(logger);
        int count;
        await using (var listing = scopes.CreateAsyncScope())
        {
            count = listing.ServiceProvider.GetServices<IDailyTask>().Count();
        }

        var results = new List<DailyTaskResult>();
        for (var i = 0; i < count; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var task = scope.ServiceProvider.GetServices<IDailyTask>().ElementAt(i);
            try
            {
                var handled = await task.RunAsync(ct);
                LogTaskDone(logger, task.Name, handled);
                results.Add(new DailyTaskResult(task.Name, handled, null));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One task's failure (a database hiccup, a bug) must not keep the others from their day's work.
                LogTaskFailed(logger, ex, task.Name);
                results.Add(new DailyTaskResult(task.Name, null, ex));
            }
        }

        return results;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily task {Task} handled {Count} item(s).")]
    private static partial void LogTaskDone(ILogger logger, string task, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily task {Task} failed; the other tasks ran, it is tried again at the next run.")]
    private static partial void LogTaskFailed(ILogger logger, Exception exception, string task);
}
