using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wijkpeil.App.Data;
using Wijkpeil.App.Data.Backup;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// <see cref="DatabaseBackup"/> on both providers: a backup taken while others write is one consistent moment; a
/// restore refuses what it cannot trust (no database, a truncated file, a newer schema, a database in use or with
/// data, without --force) and then leaves the database exactly as it was; an older backup is migrated after it.
/// The probe table these tests write is their own, not part of the model: the backup copies whatever the catalogue holds.
/// </summary>
public sealed class DatabaseBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Backup_WriteTransactionOpenOnAnotherConnection_CopiesTheCommittedStateWithoutWaitingForIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FillProbeAsync(database, rows: 1000);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "tijdens-schrijven.backup");
        await using var writer = DatabaseContents.Connect(database);
        await writer.OpenAsync(Ct);
        await using var transaction = await writer.BeginTransactionAsync(Ct);
        await ExecuteAsync(writer, "INSERT INTO backup_probe (batch, item, filler) VALUES (-1, 1, 'niet vastgelegd'), (-1, 2, 'niet vastgelegd')", transaction);

        var backup = await BackupAsync(database, file).WaitAsync(TimeSpan.FromSeconds(60), Ct);
        await transaction.CommitAsync(Ct);
        var copy = await ProbeInBackupAsync(provider, file);

        Assert.True(backup.Succeeded, backup.ToString());
        Assert.Equal(1000, copy.Rows);
        Assert.Equal(0, copy.Uncommitted);
        Assert.Contains(backup.Value.Tables, t => t.Table == "backup_probe" && t.Rows == 1000);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Backup_TransactionsCommittedDuringTheCopy_CopyHoldsEachEitherWholeOrNotAtAll(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FillProbeAsync(database, rows: 200_000);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "tijdens-vastleggen.backup");
        var copying = 0;
        var committedDuringCopy = 0;
        using var stop = new CancellationTokenSource();

        // One transaction = two rows of one batch number; a copy of one moment has only whole pairs.
        var writes = Task.Run(
            async () =>
            {
                await using var writer = DatabaseContents.Connect(database);
                await writer.OpenAsync(Ct);
                for (var batch = 1; !stop.IsCancellationRequested; batch++)
                {
                    await using var transaction = await writer.BeginTransactionAsync(Ct);
                    await ExecuteAsync(writer, $"INSERT INTO backup_probe (batch, item, filler) VALUES ({batch}, 1, 'paar'), ({batch}, 2, 'paar')", transaction);
                    await transaction.CommitAsync(Ct);
                    if (Volatile.Read(ref copying) == 1)
                    {
                        Interlocked.Increment(ref committedDuringCopy);
                    }
                }
            },
            Ct);
        await WaitForAsync(() => CountPairsAsync(database), atLeast: 5);

        Volatile.Write(ref copying, 1);
        var backup = await BackupAsync(database, file);
        Volatile.Write(ref copying, 0);
        await stop.CancelAsync();
        await writes;
        var copy = await ProbeInBackupAsync(provider, file);

        Assert.True(backup.Succeeded, backup.ToString());
        Assert.True(committedDuringCopy > 0, "the writer must commit while the backup runs, or this test proves nothing");
        Assert.Equal(0, copy.IncompletePairs);
        Assert.True(copy.Pairs >= 5, $"the copy has {copy.Pairs} pairs, fewer than were committed before it started");
    }

    public static TheoryData<DatabaseProvider, string> BadFiles()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "text");
            data.Add(provider, "empty");
            data.Add(provider, "truncated");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Restore_NotADatabaseOrTruncatedBackup_IsRefusedAndChangesNothing(DatabaseProvider provider, string kind)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FillProbeAsync(database, rows: 5000);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "kapot.backup");
        switch (kind)
        {
            case "text":
                await File.WriteAllTextAsync(file, "Dit is een boodschappenlijstje, geen database.\n", Ct);
                break;
            case "empty":
                await File.WriteAllBytesAsync(file, [], Ct);
                break;
            default:
                var good = Path.Combine(folder.Path, "goed.backup");
                Assert.True((await BackupAsync(database, good)).Succeeded);
                var bytes = await File.ReadAllBytesAsync(good, Ct);
                await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)], Ct);
                break;
        }

        var before = await DatabaseContents.FingerprintAsync(database);
        var filesBefore = FilesBeside(database);

        var restore = await RestoreAsync(database, file, replaceData: true);

        Assert.False(restore.Succeeded);
        Assert.StartsWith("restore.input.", restore.Problems[0].Code, StringComparison.Ordinal);
        Assert.Contains(file, Dutch(restore), StringComparison.Ordinal);
        Assert.EndsWith("Er is niets gewijzigd.", Dutch(restore), StringComparison.Ordinal);
        Assert.Empty(DatabaseContents.Differences(before, await DatabaseContents.FingerprintAsync(database)));
        Assert.Equal(filesBefore, FilesBeside(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restore_BackupOfANewerVersion_IsRefusedNamingItsMigration(DatabaseProvider provider)
    {
        await using var newer = await TestDatabase.CreateAsync(provider);
        await ExecuteAsync(newer, """INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29991231235959_VanDeToekomst', '99.0.0')""");
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "nieuwer.backup");
        Assert.True((await BackupAsync(newer, file)).Succeeded);
        await using var database = await TestDatabase.CreateAsync(provider);
        await FillProbeAsync(database, rows: 10);
        var before = await DatabaseContents.FingerprintAsync(database);

        var restore = await RestoreAsync(database, file, replaceData: true);

        Assert.Equal("restore.input.newer", Assert.Single(restore.Problems).Code);
        Assert.Contains("nieuwere versie van Wijkpeil", Dutch(restore), StringComparison.Ordinal);
        Assert.Contains("29991231235959_VanDeToekomst", Dutch(restore), StringComparison.Ordinal);
        Assert.Empty(DatabaseContents.Differences(before, await DatabaseContents.FingerprintAsync(database)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restore_BackupOfAnOlderVersion_ReplacesEverythingAndMigratesIt(DatabaseProvider provider)
    {
        // A backup from before the audit trail existed, restored into a database that has one: the audit table must
        // go with the rest, or the migration that creates it again would fail on the table left behind.
        await using var older = await PreviousRelease.CreateAsync(provider, "Agenda");
        await ExecuteAsync(older, """INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES ('GM0344', 'Municipality', 'Utrecht', NULL, '2024')""");
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "ouder.backup");
        Assert.True((await BackupAsync(older, file)).Succeeded);
        await using var database = await TestDatabase.CreateAsync(provider);
        await StoryTestData.AddAccountAsync(database, "weg@utrecht.nl", WijkpeilRoles.Viewer);

        var restore = await RestoreAsync(database, file, replaceData: true);

        Assert.True(restore.Succeeded, restore.ToString());
        Assert.EndsWith("_Agenda", restore.Value.LastMigrationInBackup, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var all = db.Database.GetMigrations().ToList();
        Assert.Equal(all[(all.FindIndex(m => m.EndsWith("_Agenda", StringComparison.Ordinal)) + 1)..], restore.Value.AppliedMigrations);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Equal(["Utrecht"], await db.Areas.Select(a => a.Name).ToListAsync(Ct));
        Assert.Equal(0, await db.Users.CountAsync(Ct));
        Assert.Equal(0, await db.AuditEntries.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restore_AnotherConnectionHasTheDatabaseOpen_IsRefusedUntilItCloses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FillProbeAsync(database, rows: 10);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "backup");
        Assert.True((await BackupAsync(database, file)).Succeeded);
        await ExecuteAsync(database, "DELETE FROM backup_probe");
        var before = await DatabaseContents.FingerprintAsync(database);

        Outcome<RestoreReport> refused;
        await using (var webHost = DatabaseContents.Connect(database))
        {
            // What a running web host leaves behind: a (pooled) connection that has read the database.
            await webHost.OpenAsync(Ct);
            _ = await ScalarAsync(webHost, "SELECT count(*) FROM backup_probe");
            refused = await RestoreAsync(database, file, replaceData: true);
            Assert.Empty(DatabaseContents.Differences(before, await DatabaseContents.FingerprintAsync(database)));
        }

        var restored = await RestoreAsync(database, file, replaceData: true);

        Assert.Equal("restore.target.in-use", Assert.Single(refused.Problems).Code);
        Assert.Contains("Stop de webapplicatie", Dutch(refused), StringComparison.Ordinal);
        Assert.True(restored.Succeeded, restored.ToString());
        Assert.Equal(10L, await CountAsync(database, "SELECT count(*) FROM backup_probe"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restore_DatabaseWithTablesWithoutForce_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FillProbeAsync(database, rows: 10);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "backup");
        Assert.True((await BackupAsync(database, file)).Succeeded);
        await ExecuteAsync(database, "DELETE FROM backup_probe");

        var refused = await RestoreAsync(database, file, replaceData: false);

        Assert.Equal("restore.target.has-data", Assert.Single(refused.Problems).Code);
        Assert.Contains("--force", Dutch(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync(database, "SELECT count(*) FROM backup_probe"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restore_IntoANewEmptyDatabase_NeedsNoForceAndGivesTheSameContents(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await FillProbeAsync(source, rows: 100);
        await StoryTestData.AddAccountAsync(source, "pm@provincie-utrecht.nl", WijkpeilRoles.ProgrammeManager);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "backup");
        Assert.True((await BackupAsync(source, file)).Succeeded);
        await using var server = await TestDatabase.CreateAsync(provider, migrate: false);

        var restore = await RestoreAsync(server, file, replaceData: false);

        Assert.True(restore.Succeeded, restore.ToString());
        Assert.Empty(restore.Value.AppliedMigrations);
        Assert.Empty(DatabaseContents.Differences(await DatabaseContents.FingerprintAsync(source), await DatabaseContents.FingerprintAsync(server)));
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal("wal", await TextAsync(server, "PRAGMA journal_mode"));
        }
    }

    [Fact]
    public async Task Restore_SqliteBackupWithOtherPageSize_ReplacesTheLiveFileAndKeepsWriteAheadLogging()
    {
        await using var source = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await ExecuteAsync(source, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE voorlopig (a); DROP TABLE voorlopig;");
        await using (var scope = source.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(Ct);
        }

        await FillProbeAsync(source, rows: 100);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "4k.db");
        Assert.True((await BackupAsync(source, file)).Succeeded);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(16384L, await CountAsync(database, "PRAGMA page_size"));

        var restore = await RestoreAsync(database, file, replaceData: true);

        Assert.True(restore.Succeeded, restore.ToString());
        Assert.Equal(4096L, await CountAsync(database, "PRAGMA page_size"));
        Assert.Equal("wal", await TextAsync(database, "PRAGMA journal_mode"));
        Assert.Empty(DatabaseContents.Differences(await DatabaseContents.FingerprintAsync(source), await DatabaseContents.FingerprintAsync(database)));
    }

    [Fact]
    public async Task Restore_SqliteFileThatIsNoDatabaseAnyMore_IsReplacedOnlyWithForce()
    {
        await using var source = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await FillProbeAsync(source, rows: 10);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "backup.db");
        Assert.True((await BackupAsync(source, file)).Succeeded);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var live = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        await File.WriteAllBytesAsync(live, TempFolder.RandomBytes(64 * 1024), Ct);

        var refused = await RestoreAsync(database, file, replaceData: false);
        var forced = await RestoreAsync(database, file, replaceData: true);

        Assert.Equal("restore.target.unreadable", Assert.Single(refused.Problems).Code);
        Assert.True(forced.Succeeded, forced.ToString());
        Assert.Equal(10L, await CountAsync(database, "SELECT count(*) FROM backup_probe"));
        Assert.Equal("ok", await TextAsync(database, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Restore_PostgresScriptFailsHalfway_RollsBackAndLeavesEveryTable()
    {
        await using var source = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await FillProbeAsync(source, rows: 10);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "backup.dump");
        Assert.True((await BackupAsync(source, file)).Succeeded);

        // A type with the name of a table in the backup: the drop-everything step leaves types, so creating that
        // table fails in the middle of the script, after every table of the database has been dropped.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await FillProbeAsync(database, rows: 3);
        await ExecuteAsync(database, "ALTER TABLE stories RENAME TO stories_old; CREATE TYPE stories AS (x integer)");
        var before = await DatabaseContents.FingerprintAsync(database);

        var restore = await RestoreAsync(database, file, replaceData: true);

        Assert.Equal("restore.failed", Assert.Single(restore.Problems).Code);
        Assert.Contains("teruggedraaid; de database is ongewijzigd", Dutch(restore), StringComparison.Ordinal);
        Assert.Contains("stories", Dutch(restore), StringComparison.Ordinal);
        Assert.Empty(DatabaseContents.Differences(before, await DatabaseContents.FingerprintAsync(database)));
    }

    [Fact]
    public async Task Backup_PostgresToolsNotInTheConfiguredFolder_SaysWhatIsMissingAndWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "backup.dump");
        await using var scope = database.CreateScope();
        var services = scope.ServiceProvider;
        var backup = new DatabaseBackup(
            services.GetRequiredService<DatabaseOptions>(),
            new BackupOptions(folder.Path),
            services.GetRequiredService<WijkpeilDbContext>(),
            services.GetRequiredService<DatabaseInitializer>(),
            TimeProvider.System);

        var result = await backup.BackupAsync(file, overwrite: false, Ct);

        Assert.Equal("backup.tool.missing_in_folder", result.Problems[0].Code);
        Assert.Equal($"pg_dump staat niet in {folder.Path} (Backup:PostgresBinDirectory). Er is niets gewijzigd.", Dutch(result));
        Assert.Equal($"pg_dump is not in {folder.Path} (Backup:PostgresBinDirectory). Nothing was changed.", ProblemMessages.For(result.Problems[0], CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(["pg_dump", "pg_restore"], result.Problems.Select(p => p.Arguments[0]));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task DocumentedCommands_PgDumpAndPgRestoreByHand_PutEveryTableBack()
    {
        // The by-hand route docs/operations.md gives a DBA for a backup of the same version, run as written there.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await CompleteSeed.SeedAsync(database);
        var before = await DatabaseContents.FingerprintAsync(database);
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "wijkpeil-2026-01-31.dump");
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;

        await RunToolAsync(database, "pg_dump", "--format=custom", "--file=" + file, name);
        await ExecuteAsync(database, "DELETE FROM story_quotes; DELETE FROM audit_entries; UPDATE areas SET \"Name\" = 'veranderd'");
        BackupTestSupport.ReleaseConnections(database);
        await RunToolAsync(database, "pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--dbname=" + name, file);

        Assert.Empty(DatabaseContents.Differences(before, await DatabaseContents.FingerprintAsync(database)));
    }

    private static async Task RunToolAsync(TestDatabase database, string tool, params string[] arguments)
    {
        var tools = new PostgresTools(database.ConnectionString, binDirectory: null);
        var path = tools.Find(tool);
        Assert.True(path.Succeeded, path.ToString());
        var run = await tools.RunAsync(path.Value, arguments, readOutput: null, Ct);
        Assert.True(run.ExitCode == 0, $"{tool}: {run.Errors}");
    }

    /// <summary>The first refusal's text as the command line shows it.</summary>
    private static string Dutch<T>(Outcome<T> outcome) => ProblemMessages.For(outcome.Problems[0], CultureInfo.GetCultureInfo("nl-NL"));

    private static async Task<Outcome<BackupReport>> BackupAsync(TestDatabase database, string file)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(file, overwrite: false, Ct);
    }

    private static async Task<Outcome<RestoreReport>> RestoreAsync(TestDatabase database, string file, bool replaceData)
    {
        BackupTestSupport.ReleaseConnections(database);
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().RestoreAsync(file, replaceData, Ct);
    }

    /// <summary>A table of the test's own with <paramref name="rows"/> rows of about 100 bytes, committed.</summary>
    private static async Task FillProbeAsync(TestDatabase database, int rows)
    {
        var fill = database.Provider == DatabaseProvider.Sqlite
            ? $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) INSERT INTO backup_probe (batch, item, filler) SELECT 0, i, printf('%0100d', i) FROM n"
            : $"INSERT INTO backup_probe (batch, item, filler) SELECT 0, i, lpad(i::text, 100, '0') FROM generate_series(1, {rows}) AS i";
        await ExecuteAsync(database, "CREATE TABLE IF NOT EXISTS backup_probe (batch integer NOT NULL, item integer NOT NULL, filler varchar(200) NOT NULL); " + fill);
    }

    /// <summary>What a backup holds of the probe table, read from a restore of it into a new database.</summary>
    private static async Task<(long Rows, long Uncommitted, long Pairs, long IncompletePairs)> ProbeInBackupAsync(DatabaseProvider provider, string file)
    {
        await using var copy = await TestDatabase.CreateAsync(provider, migrate: false);
        var restored = await RestoreAsync(copy, file, replaceData: false);
        Assert.True(restored.Succeeded, restored.ToString());
        return (
            await CountAsync(copy, "SELECT count(*) FROM backup_probe WHERE batch = 0"),
            await CountAsync(copy, "SELECT count(*) FROM backup_probe WHERE batch < 0"),
            await CountAsync(copy, "SELECT count(DISTINCT batch) FROM backup_probe WHERE batch > 0"),
            await CountAsync(copy, "SELECT count(*) FROM (SELECT batch FROM backup_probe WHERE batch > 0 GROUP BY batch HAVING count(*) <> 2) AS broken"));
    }

    private static Task<long> CountPairsAsync(TestDatabase database) =>
        CountAsync(database, "SELECT count(DISTINCT batch) FROM backup_probe WHERE batch > 0");

    private static async Task WaitForAsync(Func<Task<long>> count, long atLeast)
    {
        for (var attempt = 0; attempt < 200 && await count() < atLeast; attempt++)
        {
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>The files in the SQLite database's folder (none for PostgreSQL): a refused restore leaves no temporary file.</summary>
    private static string[] FilesBeside(TestDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? [.. Directory.GetFiles(Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
        : [];

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = DatabaseContents.Connect(database);
        await connection.OpenAsync(Ct);
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql) =>
        Convert.ToInt64(await ScalarAsync(database, sql), CultureInfo.InvariantCulture);

    private static async Task<string> TextAsync(TestDatabase database, string sql) =>
        Convert.ToString(await ScalarAsync(database, sql), CultureInfo.InvariantCulture)!;

    private static async Task<object?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = DatabaseContents.Connect(database);
        await connection.OpenAsync(Ct);
        return await ScalarAsync(connection, sql);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
