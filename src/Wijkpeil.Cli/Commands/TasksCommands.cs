using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Scheduling;

namespace Wijkpeil.Cli.Commands;

/// <summary><c>wijkpeil tasks run</c>: the web host's daily tasks (retention, reminders), now.</summary>
internal static class TasksCommands
{
    public static Command Create(CliSession session)
    {
        var tasks = new Command("tasks", "Dagelijkse taken van de webapplicatie (bewaartermijnen, herinneringen) nu uitvoeren.");
        var run = new Command("run", "Voer alle dagelijkse taken nu uit, elk apart: een taak die mislukt houdt de andere niet tegen. Per taak het aantal afgehandelde zaken op stdout.");
        run.SetAction((parseResult, ct) => session.RunAsync(
            async (services, token) =>
            {
                var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Wijkpeil.Cli.Tasks");
                var results = await DailyTasks.RunAllAsync(services.GetRequiredService<IServiceScopeFactory>(), logger, token);
                foreach (var result in results)
                {
                    if (result.Succeeded)
                    {
                        session.StdoutWriter.WriteLine($"{result.Name}: {result.Count}");
                    }
                    else
                    {
                        session.WriteError($"{result.Name}: {result.Failure!.Message}");
                    }
                }

                return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.Failure;
            },
            ct));
        tasks.Subcommands.Add(run);
        return tasks;
    }
}
