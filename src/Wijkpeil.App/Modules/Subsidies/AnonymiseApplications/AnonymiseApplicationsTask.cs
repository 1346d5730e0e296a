using Wijkpeil.App.Kernel.Scheduling;

namespace Wijkpeil.App.Modules.Subsidies.AnonymiseApplications;

/// <summary>The daily run of <see cref="AnonymiseApplicationsHandler"/> (also <c>wijkpeil subsidies anonymise</c>).</summary>
internal sealed class AnonymiseApplicationsTask(AnonymiseApplicationsHandler handler) : IDailyTask
{
    public const string TaskName = "subsidies-anonymise";

    public string Name => TaskName;

    public async Task<int> RunAsync(CancellationToken cancellationToken) => (await handler.AnonymiseAsync(cancellationToken)).Count;
}
