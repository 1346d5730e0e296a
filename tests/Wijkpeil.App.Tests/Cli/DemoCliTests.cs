using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.DefaultData;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Cli;

/// <summary><c>wijkpeil demo load|remove</c> run in-process against a fresh database of each provider.</summary>
public sealed class DemoCliTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoadTwiceThenRemove_WarnsOnTheSecondLoadAuditsEachProjectAndKeepsTheLetter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await DemoDataTests.SeedDefaultAgendaAsync(database);

        var load = await RunAsync(database, "demo", "load");
        var again = await RunAsync(database, "demo", "load");
        var afterLoads = await DemoDataTests.CountsAsync(database);
        var remove = await RunAsync(database, "demo", "remove");
        var removeAgain = await RunAsync(database, "demo", "remove");

        Assert.True(load.ExitCode == ExitCodes.Success, load.Stderr);
        Assert.Contains("3 voorbeeldprojecten en 3 voorbeeldaanvragen (in een voorbeeldsubsidieregeling) toegevoegd aan vitale-wijken, gemarkeerd als voorbeeldgegevens.", load.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("waarschuwing: de voorbeeldgegevens zijn al geladen (3 voorbeeldprojecten in vitale-wijken); er is niets toegevoegd.", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, again.Stdout);
        Assert.Equal((17, 3), afterLoads);
        Assert.Equal(ExitCodes.Success, remove.ExitCode);
        Assert.Contains("3 voorbeeldprojecten en 3 voorbeeldaanvragen (in een voorbeeldsubsidieregeling) verwijderd uit vitale-wijken.", remove.Stdout, StringComparison.Ordinal);
        Assert.Contains("Er zijn geen voorbeeldgegevens in vitale-wijken; er is niets verwijderd.", removeAgain.Stdout, StringComparison.Ordinal);
        Assert.Equal((14, 0), await DemoDataTests.CountsAsync(database));

        // Each example project's arrival and removal is in the audit trail, by the command line; the letter's seed is not.
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var entries = await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Project).OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.ActorName, e.Summary, e.After }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([AuditAction.Created, AuditAction.Created, AuditAction.Created, AuditAction.Deleted, AuditAction.Deleted, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(AuditActor.Cli.Name, e.ActorName));
        Assert.All(entries, e => Assert.EndsWith("(voorbeeld)", e.Summary, StringComparison.Ordinal));
        Assert.All(entries.Where(e => e.Action == AuditAction.Created), e => Assert.Contains("\"ExampleData\":true", e.After, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Load_NoVitaleWijkenProgramme_ExitOneAndNothingAdded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var load = await RunAsync(database, "demo", "load");

        Assert.Equal(ExitCodes.BadInput, load.ExitCode);
        Assert.Contains("fout: er is geen programma vitale-wijken", load.Stderr, StringComparison.Ordinal);
        Assert.Equal((0, 0), await DemoDataTests.CountsAsync(database));
    }

    private static async Task<CliRun> RunAsync(TestDatabase database, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings())
            .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, TextReader.Null, stdout, stderr, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);
}
