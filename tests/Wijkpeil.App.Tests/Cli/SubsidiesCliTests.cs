using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Subsidies.Privacy;
using Wijkpeil.Cli;
using static Wijkpeil.App.Tests.Modules.Subsidies.Privacy.PrivacyTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Cli;

/// <summary><c>wijkpeil subsidies anonymise [--dry-run]</c> and <c>wijkpeil tasks run</c> in-process, on the real clock.</summary>
public sealed class SubsidiesCliTests : IDisposable
{
    // Long enough ago that any retention up to the default has passed on today's real clock.
    private static readonly DateTimeOffset LongAgo = new(2016, 2, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", "cli-attachments-" + Guid.NewGuid().ToString("N"));

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Anonymise_DryRunListsReferencesAndChangesNothing_ThenTheRunAnonymises_ThenTheTaskFindsNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var store = Store(_folder);
        var scheme = await SchemeAsync(database);
        var (settled, file) = await ApplicationAsync(database, store, scheme, Ending.Settled, LongAgo);
        var (granted, _) = await ApplicationAsync(database, store, scheme, Ending.Granted, LongAgo);
        var reference = (await LoadAsync(database, settled)).Reference;

        var dryRun = await RunAsync(database, "subsidies", "anonymise", "--dry-run");
        var afterDryRun = await LoadAsync(database, settled);
        var run = await RunAsync(database, "subsidies", "anonymise");
        var tasks = await RunAsync(database, "tasks", "run");

        Assert.True(dryRun.ExitCode == ExitCodes.Success, dryRun.Stderr);
        Assert.Equal(reference + Environment.NewLine, dryRun.Stdout);
        Assert.Contains("1 aanvragen zijn aan de beurt", dryRun.Stderr, StringComparison.Ordinal);
        Assert.Equal(Name, afterDryRun.Applicant.ContactName);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Stderr);
        Assert.Equal(reference + Environment.NewLine, run.Stdout);
        Assert.Contains("1 aanvragen geanonimiseerd.", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, file)));
        Assert.Equal(Domain.Subsidies.Applicant.Removed, (await LoadAsync(database, settled)).Applicant.ContactName);
        Assert.Equal(Name, (await LoadAsync(database, granted)).Applicant.ContactName);
        Assert.True(tasks.ExitCode == ExitCodes.Success, tasks.Stderr);
        Assert.Contains("subsidies-anonymise: 0", tasks.Stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<CliRun> RunAsync(TestDatabase database, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings())
            .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false"), new("Subsidies:AttachmentFolder", _folder)])
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, TextReader.Null, stdout, stderr, Ct);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);
}
