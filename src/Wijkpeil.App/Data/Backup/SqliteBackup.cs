using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wijkpeil.App.Data.Sqlite;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// Backup and restore of the SQLite file through SQLite's online backup API (<c>sqlite3_backup_*</c>, which
/// <see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/> calls with all pages in one step).
/// <para>
/// Backup: the copy runs inside one read transaction on the live database, so it is the database as of one
/// moment even while the web host writes (write-ahead logging lets writers go on meanwhile). The copy is
/// switched to a rollback journal so that it is one self-contained file, checked with
/// <c>PRAGMA integrity_check</c>, and only then renamed to the name asked for.
/// </para>
/// <para>
/// Restore: the file is copied aside, checked (integrity, migration history, no migration newer than this
/// version) and migrated to this version there. Then the live database is locked exclusively, which fails while another process, such as a
/// running web host, has it open; and the checked copy is written into it with the same backup API, which
/// replaces every page in one write transaction: an interrupted restore rolls back to the old database.
/// </para>
/// </summary>
internal sealed class SqliteBackup(string connectionString, Func<IReadOnlyList<string>> knownMigrations)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>How long a restore waits for other connections to let go before it says the database is in use.</summary>
    private const int InUseWaitSeconds = 2;

    public async Task<Outcome<BackupSummary>> BackupAsync(string output, bool overwrite, CancellationToken ct)
    {
        var database = DatabaseFile();
        if (!database.Succeeded)
        {
            return database.Cast<BackupSummary>();
        }

        if (!File.Exists(database.Value))
        {
            return Problem.NotFound("backup.database.missing", database.Value);
        }

        if (string.Equals(database.Value, output, StringComparison.Ordinal))
        {
            return Problem.Invalid("output", "backup.output.database", output);
        }

        if (BackupFiles.CheckOutput(output, overwrite) is { } refused)
        {
            return refused;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var temporary = BackupFiles.TemporaryBeside(output);
        try
        {
            await using (var source = Open(database.Value, SqliteOpenMode.ReadWrite))
            await using (var copy = Open(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                await source.OpenAsync(ct);
                await copy.OpenAsync(ct);
                source.BackupDatabase(copy);
            }

            BackupFiles.RestrictToOwner(temporary);
            var inspected = await InspectAsync(temporary, output, ct);
            if (!inspected.Succeeded)
            {
                // The copy of a readable database failed its own check: the source is damaged, and this copy no backup.
                // What SQLite said about the copy is the last argument of the inspection's problem.
                return Problem.Failed("backup.copy.damaged", database.Value, inspected.Problems[0].Arguments[^1]);
            }

            File.Move(temporary, output, overwrite);
            return new BackupSummary(inspected.Value.Check, BackupSchema.Newest(inspected.Value.Migrations), inspected.Value.Tables);
        }
        finally
        {
            BackupFiles.DeleteQuietly(temporary);
        }
    }

    public async Task<Outcome<BackupSummary>> RestoreAsync(string input, bool replaceData, CancellationToken ct)
    {
        var database = DatabaseFile();
        if (!database.Succeeded)
        {
            return database.Cast<BackupSummary>();
        }

        if (!File.Exists(input))
        {
            return Problem.NotFound("restore.input.missing", input);
        }

        if (string.Equals(database.Value, input, StringComparison.Ordinal))
        {
            return Problem.Invalid("input", "restore.input.database", input);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database.Value)!);

        // Checked and copied from a private copy: the backup file itself is never opened for writing, and what is
        // checked is exactly what is restored.
        var staging = BackupFiles.TemporaryBeside(database.Value);
        try
        {
            File.Copy(input, staging);
            var inspected = await InspectAsync(staging, input, ct);
            if (!inspected.Succeeded)
            {
                return inspected.Cast<BackupSummary>();
            }

            if (BackupSchema.Check(input, inspected.Value.Migrations, knownMigrations()) is { } unsupported)
            {
                return unsupported;
            }

            // Migrated before it goes in, so that the one atomic copy below puts in a database this version can run:
            // a restore killed while migrating leaves only a temporary file behind, never a half-migrated database
            // or EF Core's migration lock row, which would make every later start wait for ever.
            var applied = await MigrateAsync(staging, ct);
            var replaced = await ReplaceAsync(staging, database.Value, inspected.Value.PageSize, replaceData, ct);
            if (replaced is not null)
            {
                return replaced;
            }

            return new BackupSummary(inspected.Value.Check, BackupSchema.Newest(inspected.Value.Migrations), inspected.Value.Tables, applied);
        }
        finally
        {
            BackupFiles.DeleteQuietly(staging);
        }
    }

    /// <summary>The database file the configuration names, as a full path.</summary>
    public Outcome<string> DatabaseFile()
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return Problem.Invalid(null, "backup.database.not-a-file", dataSource);
        }

        return Path.GetFullPath(dataSource);
    }

    /// <summary>
    /// Applies this version's migrations to the checked copy; returns those it applied. A lock row in the backup (it was
    /// taken while a start was migrating) is cleared first: nobody else can be migrating a private temporary file.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MigrateAsync(string staging, CancellationToken ct)
    {
        var connectionString = Open(staging, SqliteOpenMode.ReadWrite).ConnectionString;
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            if (await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'", ct) == "1")
            {
                await ExecuteAsync(connection, "DELETE FROM \"__EFMigrationsLock\"", ct);
            }
        }

        var options = new DbContextOptionsBuilder<SqliteWijkpeilDbContext>()
            .UseSqlite(connectionString, s => s.CommandTimeout(600))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using var context = new SqliteWijkpeilDbContext(options);
        var pending = (await context.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await context.Database.MigrateAsync(ct);
        }

        return pending;
    }

    /// <summary>
    /// Replaces the database at <paramref name="target"/> by the checked copy at <paramref name="staging"/>; null when done.
    /// </summary>
    private static async Task<Problem?> ReplaceAsync(string staging, string target, long pageSize, bool replaceData, CancellationToken ct)
    {
        if (!File.Exists(target) || new FileInfo(target).Length == 0)
        {
            await using var fresh = Open(target, SqliteOpenMode.ReadWriteCreate);
            await fresh.OpenAsync(ct);
            await ExecuteAsync(fresh, "PRAGMA locking_mode = EXCLUSIVE", ct);
            await CopyAsync(staging, fresh, ct);
            await ExecuteAsync(fresh, "PRAGMA journal_mode = WAL", ct);
            return null;
        }

        await using var live = Open(target, SqliteOpenMode.ReadWrite, InUseWaitSeconds);
        await live.OpenAsync(ct);
        try
        {
            // In write-ahead-log mode every connection that has read the file keeps a shared lock on it; the
            // exclusive lock, kept until this connection closes, therefore fails while a web host (or a sqlite3
            // shell) has the database open, and keeps everyone else out while the pages are replaced.
            await ExecuteAsync(live, "PRAGMA locking_mode = EXCLUSIVE", ct);
            await ExecuteAsync(live, "BEGIN EXCLUSIVE; SELECT count(*) FROM sqlite_master; COMMIT;", ct);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            return Problem.Conflict(null, "restore.target.in-use", target, "SQLITE_BUSY");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            if (!replaceData)
            {
                return Problem.Conflict(null, "restore.target.unreadable", target, ex.Message.TrimEnd('.'));
            }

            await live.CloseAsync();
            await ReplaceFileAsync(staging, target, ct);
            return null;
        }

        if (!replaceData)
        {
            var tables = await ListTablesAsync(live, ct);
            if (tables.Count > 0)
            {
                return Problem.Conflict(null, "restore.target.has-data", target, tables.Count);
            }
        }

        // The backup API cannot change the page size of a database in write-ahead-log mode: for a backup with
        // other pages than the live file, the copy runs under a rollback journal (just as atomic) instead.
        var journal = await ScalarAsync(live, "PRAGMA journal_mode", ct);
        var differentPages = Convert.ToInt64(await ScalarAsync(live, "PRAGMA page_size", ct), CultureInfo.InvariantCulture) != pageSize;
        if (differentPages && journal == "wal")
        {
            await ExecuteAsync(live, "PRAGMA journal_mode = DELETE", ct);
        }

        await CopyAsync(staging, live, ct);
        await ExecuteAsync(live, "PRAGMA journal_mode = WAL", ct);
        return null;
    }

    /// <summary>Writes every page of <paramref name="staging"/> into <paramref name="target"/> in one write transaction.</summary>
    private static async Task CopyAsync(string staging, SqliteConnection target, CancellationToken ct)
    {
        await using var source = Open(staging, SqliteOpenMode.ReadOnly);
        await source.OpenAsync(ct);
        source.BackupDatabase(target);
    }

    /// <summary>
    /// For a live file SQLite cannot even open (--force only): a complete copy in write-ahead-log mode beside it,
    /// the old log removed first (a stale log replayed onto another file would damage it), then one rename.
    /// </summary>
    private static async Task ReplaceFileAsync(string staging, string target, CancellationToken ct)
    {
        var replacement = BackupFiles.TemporaryBeside(target);
        try
        {
            File.Copy(staging, replacement);
            await using (var copy = Open(replacement, SqliteOpenMode.ReadWrite))
            {
                await copy.OpenAsync(ct);
                await ExecuteAsync(copy, "PRAGMA journal_mode = WAL", ct);
            }

            foreach (var companion in new[] { "-wal", "-shm", "-journal" })
            {
                File.Delete(target + companion);
            }

            File.Move(replacement, target, overwrite: true);
        }
        finally
        {
            BackupFiles.DeleteQuietly(replacement);
        }
    }

    /// <summary>
    /// Checks a SQLite file that this class owns (a fresh copy) and reads its inventory. Switches it to a rollback
    /// journal first, so that it stays one file without -wal and -shm companions.
    /// </summary>
    private static async Task<Outcome<Inspection>> InspectAsync(string file, string shownName, CancellationToken ct)
    {
        try
        {
            await using var connection = Open(file, SqliteOpenMode.ReadWrite);
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, "PRAGMA journal_mode = DELETE", ct);
            var problems = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA integrity_check";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    problems.Add(reader.GetString(0));
                }
            }

            if (problems is not ["ok"])
            {
                var said = string.Join("; ", problems.Take(3)) + (problems.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $"; … (+{problems.Count - 3})") : "");
                return Problem.Invalid("input", "restore.input.damaged", shownName, said);
            }

            var names = await ListTablesAsync(connection, ct);
            var tables = new List<TableCount>(names.Count);
            foreach (var name in names)
            {
                tables.Add(new TableCount(name, Convert.ToInt64(await ScalarAsync(connection, $"SELECT count(*) FROM {Quote(name)}", ct), CultureInfo.InvariantCulture)));
            }

            var migrations = new List<string>();
            if (names.Contains(BackupSchema.HistoryTable, StringComparer.Ordinal))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT MigrationId FROM {Quote(BackupSchema.HistoryTable)}";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    migrations.Add(reader.GetString(0));
                }
            }

            var pageSize = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA page_size", ct), CultureInfo.InvariantCulture);
            return new Inspection("PRAGMA integrity_check: ok", tables, migrations, pageSize);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            return Problem.Invalid("input", "restore.input.invalid", shownName, ex.Message.TrimEnd('.'));
        }
    }

    private static async Task<List<string>> ListTablesAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>A private connection: no pool, so the file is really closed (and its locks released) on dispose.</summary>
    private static SqliteConnection Open(string file, SqliteOpenMode mode, int busyWaitSeconds = 30) =>
        new(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = busyWaitSeconds,
        }.ToString());

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) ?? "";
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Inspection(string Check, IReadOnlyList<TableCount> Tables, IReadOnlyList<string> Migrations, long PageSize);
}

/// <summary>What a provider's backup or restore found in the backup: its check, newest migration and tables.</summary>
/// <param name="AppliedMigrations">Migrations the provider already applied to the restored data itself (SQLite does, before the copy).</param>
internal sealed record BackupSummary(string Check, string LastMigration, IReadOnlyList<TableCount> Tables, IReadOnlyList<string>? AppliedMigrations = null);
