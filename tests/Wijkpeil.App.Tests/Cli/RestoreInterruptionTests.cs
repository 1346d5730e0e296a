using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wijkpeil.App.Data.Backup;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Data;
using Wijkpeil.App.Tests.Import;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Cli;

/// <summary>
/// <c>wijkpeil restore</c> in its own process, killed (SIGKILL, no chance to clean up) at points spread over the part
/// of its run that writes: afterwards the database is either the old one or the backup, whole and readable, never a
/// mix. The part that writes starts when the restore's temporary copy appears beside the SQLite file, or when its psql
/// session connects to the PostgreSQL database; an uninterrupted run first measures how long it lasts from there.
/// </summary>
public sealed class RestoreInterruptionTests
{
    /// <summary>Where in the writing part of the run the tool is killed, as fractions of its measured length.</summary>
    private static readonly double[] KillAt = [0, 0.15, 0.3, 0.5, 0.7, 0.9];

    private const string ToolSession = "wijkpeil-backup";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restore_KilledAtAnyMoment_LeavesTheOldDatabaseOrTheBackupWhole(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(provider);
        await FillAsync(database, rows: 100_000, marker: "nieuw");
        var backupFile = Path.Combine(folder.Path, "nieuw.backup");
        Assert.True((await BackupAsync(database, backupFile)).Succeeded);
        var fromBackup = await DatabaseContents.FingerprintAsync(database);

        await Execute(database, "DELETE FROM restore_probe");
        await FillAsync(database, rows: 1000, marker: "oud");
        var oldFile = Path.Combine(folder.Path, "oud.backup");
        Assert.True((await BackupAsync(database, oldFile)).Succeeded);
        var old = await DatabaseContents.FingerprintAsync(database);

        // One run to the end: it must succeed, and the length of its writing part places the kill points.
        TimeSpan writing;
        using (var complete = StartRestore(database, backupFile))
        {
            await WaitUntilWritingAsync(database, complete);
            var watch = Stopwatch.StartNew();
            await complete.WaitForExitAsync(ct);
            writing = watch.Elapsed;
            Assert.Equal(0, complete.ExitCode);
        }

        Assert.Empty(DatabaseContents.Differences(fromBackup, await DatabaseContents.FingerprintAsync(database)));
        Assert.True((await RestoreAsync(database, oldFile)).Succeeded);

        var outcomes = new List<string>();
        foreach (var delay in KillAt.Select(f => writing * f))
        {
            using (var tool = StartRestore(database, backupFile))
            {
                await WaitUntilWritingAsync(database, tool);
                await Task.Delay(delay, ct);
                tool.Kill(entireProcessTree: false);
                await tool.WaitForExitAsync(ct);
            }

            await WaitForOrphansAsync(database);
            var after = await DatabaseContents.FingerprintAsync(database);
            var isOld = DataDifferences(old, after).Count == 0;
            var isNew = DataDifferences(fromBackup, after).Count == 0;
            Assert.True(isOld || isNew, $"killed {delay.TotalMilliseconds:F0} ms into the writing: neither the old database nor the backup: {string.Join("; ", DataDifferences(old, after).Take(5))}");
            if (provider == DatabaseProvider.Sqlite)
            {
                await using var check = new SqliteConnection(database.ConnectionString);
                await check.OpenAsync(ct);
                await using var command = check.CreateCommand();
                command.CommandText = "PRAGMA integrity_check";
                Assert.Equal("ok", (string?)await command.ExecuteScalarAsync(ct));
            }

            outcomes.Add($"{delay.TotalMilliseconds:F0} ms: {(isNew ? "backup" : "old")}");
            if (isNew)
            {
                // Back to the old database for the next kill point, through the in-process restore.
                var reset = await RestoreAsync(database, oldFile);
                Assert.True(reset.Succeeded, reset.ToString());
            }
        }

        TestContext.Current.SendDiagnosticMessage($"{provider}: writing part {writing.TotalMilliseconds:F0} ms; killed after {string.Join(", ", outcomes)}");
        Assert.Contains(outcomes, o => o.EndsWith("old", StringComparison.Ordinal));
    }

    /// <summary>
    /// The tables that differ, EF Core's migration lock aside: a tool killed while it checks the migrations after the
    /// swap leaves a lock row, which the next start of any Wijkpeil process clears (SqliteMigrationGuard,
    /// MigrationCrashTests); the data is whole either way.
    /// </summary>
    private static List<string> DataDifferences(IReadOnlyDictionary<string, TableFingerprint> expected, IReadOnlyDictionary<string, TableFingerprint> actual) =>
        [.. DatabaseContents.Differences(expected, actual).Where(d => !d.StartsWith("__EFMigrationsLock:", StringComparison.Ordinal))];

    /// <summary>Waits until the tool has started writing: its temporary copy exists (SQLite), or its psql session is connected.</summary>
    private static async Task WaitUntilWritingAsync(TestDatabase database, Process tool)
    {
        var folder = database.Provider == DatabaseProvider.Sqlite ? Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)! : "";
        for (var attempt = 0; attempt < 6000 && !tool.HasExited; attempt++)
        {
            var writing = database.Provider == DatabaseProvider.Sqlite
                ? Directory.EnumerateFiles(folder, "*.tmp").Any()
                : await SessionsAsync(database, onlyTheTool: true) > 0;
            if (writing)
            {
                return;
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"the restore did not start writing (exited: {tool.HasExited})");
    }

    private static Process StartRestore(TestDatabase database, string file)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "wijkpeil.dll"), "restore", "--input", file, "--force" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Wijkpeil"] = database.ConnectionString;
        start.Environment["DefaultData__Load"] = "false";
        BackupTestSupport.ReleaseConnections(database);
        var process = Process.Start(start)!;

        // Drained so that a full pipe never holds the tool up.
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        return process;
    }

    /// <summary>
    /// A killed tool's pg_restore and psql live on until psql reads the end of its input and disconnects, which rolls
    /// their transaction back (or, if the tool had sent COMMIT already, commits it), and the server ends the killed
    /// tool's own sessions only when it notices the closed sockets; the database is judged after all of that.
    /// </summary>
    private static async Task WaitForOrphansAsync(TestDatabase database)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        BackupTestSupport.ReleaseConnections(database);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await SessionsAsync(database, onlyTheTool: false) == 0)
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail("the killed restore's psql session did not end within 30 s");
    }

    /// <summary>
    /// Sessions with the test database (the tool's psql only, or all), seen from the server's admin database: a session
    /// of the test database itself would count as "in use".
    /// </summary>
    private static async Task<long> SessionsAsync(TestDatabase database, bool onlyTheTool)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE datname = @name AND backend_type = 'client backend'"
            + (onlyTheTool ? " AND application_name = @tool" : "");
        command.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!);
        command.Parameters.AddWithValue("tool", ToolSession);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task FillAsync(TestDatabase database, int rows, string marker)
    {
        var fill = database.Provider == DatabaseProvider.Sqlite
            ? $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) INSERT INTO restore_probe (item, filler) SELECT i, '{marker}' || printf('%0100d', i) FROM n"
            : $"INSERT INTO restore_probe (item, filler) SELECT i, '{marker}' || lpad(i::text, 100, '0') FROM generate_series(1, {rows}) AS i";
        await Execute(database, "CREATE TABLE IF NOT EXISTS restore_probe (item integer NOT NULL, filler varchar(200) NOT NULL); " + fill);
    }

    private static async Task Execute(TestDatabase database, string sql)
    {
        await using var connection = DatabaseContents.Connect(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<Wijkpeil.App.Kernel.Outcomes.Outcome<BackupReport>> BackupAsync(TestDatabase database, string file)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(file, overwrite: false, TestContext.Current.CancellationToken);
    }

    private static async Task<Wijkpeil.App.Kernel.Outcomes.Outcome<RestoreReport>> RestoreAsync(TestDatabase database, string file)
    {
        BackupTestSupport.ReleaseConnections(database);
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().RestoreAsync(file, replaceData: true, TestContext.Current.CancellationToken);
    }
}
