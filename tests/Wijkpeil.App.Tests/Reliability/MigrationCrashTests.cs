using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Data;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Reliability;

/// <summary>
/// A start killed while it migrates the database (every start of the web host and the CLI migrates, also when
/// nothing is pending): the next start must finish the migration instead of waiting for the dead process.
/// </summary>
public sealed class MigrationCrashTests
{
    // A hang is the failure these tests look for; far above a migration's few seconds on a busy machine.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task MigrateAsync_LockRowLeftByAKilledStart_RemovesItAndMigrates()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await ExecuteAsync(database, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-06 03:00:00+00:00')");

        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(TestContext.Current.CancellationToken)
                .WaitAsync(Hang, TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Start_KilledAtRandomPointsWhileMigrating_NextStartCompletesTheMigration(DatabaseProvider provider)
    {
        // A database two migrations behind, so that a start has real schema changes to make.
        await using var database = await PreviousRelease.CreateAsync(provider, "Agenda");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var points = new List<string>();
        for (var kill = 0; kill < 5; kill++)
        {
            var delay = TimeSpan.FromMilliseconds(random.Next(200, 4_000));
            using var cli = CliProcess.Start(database, "indicators", "list");
            var interrupted = await cli.KillAfterAsync(delay);
            points.Add($"{delay.TotalMilliseconds:F0} ms {(interrupted ? "killed" : "finished")}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {seed}: " + string.Join("; ", points));
        var next = await CliProcess.RunAsync(database, "indicators", "list").WaitAsync(Hang, TestContext.Current.CancellationToken);
        Assert.True(next.ExitCode == ExitCodes.Success, next.Stderr);

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }
}
