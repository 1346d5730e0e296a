namespace Wijkpeil.App.Kernel.Scheduling;

/// <summary>
/// Work that runs once a day on a schedule and on demand from the CLI: retention, reminders. Registered as a scoped
/// service (<c>services.AddScoped&lt;IDailyTask, X&gt;()</c>); the runner makes a scope per run and runs every task.
/// </summary>
public interface IDailyTask
{
    /// <summary>A short stable name for logs and the CLI, e.g. <c>subsidies-anonymise</c>.</summary>
    string Name { get; }

    /// <summary>Does the day's work. Safe to run more than once a day: a second run finds nothing left to do.</summary>
    /// <returns>How many items the run handled (mails sent, applications anonymised), for the log.</returns>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
