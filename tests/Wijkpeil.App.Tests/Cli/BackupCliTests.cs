using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.DeleteProject;
using Wijkpeil.App.Tests.Data;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Cli;

/// <summary>
/// <c>wijkpeil backup</c> and <c>wijkpeil restore</c> as an operator runs them, on both providers: the round trip
/// over a database with rows in every table, compared table by table from the catalogue.
/// </summary>
public sealed class BackupCliTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BackupThenRestore_AfterChangesAndDeletions_EveryTableIsAsItWasAtTheBackup(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CompleteSeed.SeedAsync(database);
        var atBackup = await DatabaseContents.FingerprintAsync(database);
        CompleteSeed.AssertEveryTableHasRows(atBackup);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "wijkpeil-backup.db");

        var backup = await RunAsync(database, "backup", "--output", file);
        await ChangeEverythingAsync(database, folder);
        var changed = await DatabaseContents.FingerprintAsync(database);
        BackupTestSupport.ReleaseConnections(database);
        Directory.CreateDirectory(database.ExportsFolder);
        var stale = Path.Combine(database.ExportsFolder, "wijkpeil-observaties-9.99-n30.csv");
        var unrelated = Path.Combine(database.ExportsFolder, "leesmij.txt");
        await File.WriteAllTextAsync(stale, "cijfers van na de back-up", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(unrelated, "van de beheerder", TestContext.Current.CancellationToken);
        var restore = await RunAsync(database, "restore", "--input", file, "--force");
        var restored = await DatabaseContents.FingerprintAsync(database);

        Assert.True(backup.ExitCode == ExitCodes.Success, backup.Stderr);
        Assert.Contains("Back-up geschreven: " + file, backup.Stdout, StringComparison.Ordinal);
        Assert.Contains(provider == DatabaseProvider.Sqlite ? "PRAGMA integrity_check: ok" : "pg_restore las het hele archief terug: ok", backup.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{atBackup.Count(t => !t.Key.StartsWith("sequence ", StringComparison.Ordinal))} tabellen", backup.Stdout, StringComparison.Ordinal);
        Assert.True(DatabaseContents.Differences(atBackup, changed).Count >= 5, "the changes must reach several tables, or the comparison below proves little");
        Assert.True(restore.ExitCode == ExitCodes.Success, restore.Stderr);
        Assert.Contains("niets nodig (zelfde versie)", restore.Stdout, StringComparison.Ordinal);
        Assert.Empty(DatabaseContents.Differences(atBackup, restored));

        // The whole data set's files of the replaced database go: the restored one reaches their versions again.
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(unrelated));
        Assert.Contains("Downloadbestanden van de hele dataset verwijderd: 1 uit " + database.ExportsFolder, restore.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Backup_OutputExistsWithoutForce_IsRefusedAndTheFileKept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        var file = folder.Write("gisteren.db", "de back-up van gisteren");

        var refused = await RunAsync(database, "backup", "--output", file);
        var forced = await RunAsync(database, "backup", "--output", file, "--force");

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains($"fout: {file} bestaat al en wordt niet overschreven", refused.Stderr, StringComparison.Ordinal);
        Assert.Empty(refused.Stdout);
        Assert.True(forced.ExitCode == ExitCodes.Success, forced.Stderr);
        Assert.NotEqual("de back-up van gisteren", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal([Path.GetFileName(file)], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Backup_NoDatabaseYet_IsRefusedAndCreatesNone()
    {
        using var folder = new TempFolder();
        var databaseFile = Path.Combine(folder.Path, "nooit.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Wijkpeil", $"Data Source={databaseFile};Pooling=False")]).Build();

        var run = await RunAsync(configuration, "backup", "--output", Path.Combine(folder.Path, "b.db"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"fout: Er is geen database op {databaseFile} om te back-uppen (ConnectionStrings:Wijkpeil).", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(databaseFile), "a backup must not create (or migrate) the database it copies");
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task Help_BackupAndRestore_ExplainInDutchAndTouchNothing(string verb)
    {
        using var folder = new TempFolder();
        var databaseFile = Path.Combine(folder.Path, "nooit.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Wijkpeil", $"Data Source={databaseFile};Pooling=False")]).Build();

        var run = await RunAsync(configuration, verb, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Gebruik:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--force", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(databaseFile));
    }

    /// <summary>Changes after the backup in as many tables as a day of use would: figures, accounts, agenda, stories, audit.</summary>
    private static async Task ChangeEverythingAsync(TestDatabase database, TempFolder folder)
    {
        var ct = TestContext.Current.CancellationToken;
        var import = await RunAsync(database, "import", "observations", "--publish", folder.Write("later.csv",
            "area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\n"
            + "WK034403,AantalInwoners,2020,totaal,33200,,,,CBS kwb\n"
            + "GM0344,AantalInwoners,2024,totaal,374238,,,,CBS kwb\n"));
        Assert.True(import.ExitCode == ExitCodes.Success, import.Stderr);
        await StoryTestData.AddAccountAsync(database, "later@utrecht.nl", WijkpeilRoles.Viewer);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var projectId = db.Projects.OrderBy(p => p.Id).Select(p => p.Id).First();
            var deleted = await scope.ServiceProvider.GetRequiredService<DeleteProjectHandler>().HandleAsync(projectId, StoryTestData.User(WijkpeilRoles.ProgrammeManager), ct);
            Assert.True(deleted.Succeeded);
        }

        await using var connection = DatabaseContents.Connect(database);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """DELETE FROM story_quotes; UPDATE users SET "AccessFailedCount" = 3""";
        await command.ExecuteNonQueryAsync(ct);
    }

    private static Task<CliRun> RunAsync(TestDatabase database, params string[] args) =>
        RunAsync(
            new ConfigurationBuilder()
                .AddInMemoryCollection(database.Settings())
                .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
                .Build(),
            args);

    private static async Task<CliRun> RunAsync(IConfiguration configuration, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, stdout, stderr, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);
}
