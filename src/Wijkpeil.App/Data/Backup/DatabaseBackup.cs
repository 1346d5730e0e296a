using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// Backup and restore of the configured database, the use cases behind <c>wijkpeil backup</c> and
/// <c>wijkpeil restore</c>: SQLite through its online backup API (<see cref="SqliteBackup"/>), PostgreSQL through
/// pg_dump and pg_restore (<see cref="PostgresBackup"/>). Neither migrates the database first: a backup is taken
/// of the database as it is (before an upgrade, that is the point), and a restore checks the backup's schema
/// before it touches anything, then applies the migrations this version has and the backup lacks. Refusals are
/// <see cref="Problem"/>s (codes <c>backup.*</c> and <c>restore.*</c>, texts in <c>BackupText.resx</c>) that say what was
/// checked; after a refusal nothing has changed. Failures nobody could foresee stay exceptions.
/// </summary>
public sealed class DatabaseBackup(DatabaseOptions options, BackupOptions backupOptions, WijkpeilDbContext db, DatabaseInitializer initializer, TimeProvider time)
{
    /// <summary>Writes a checked backup to <paramref name="output"/>; an existing file is replaced only with <paramref name="overwrite"/>.</summary>
    public async Task<Outcome<BackupReport>> BackupAsync(string output, bool overwrite, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        var started = time.GetTimestamp();
        var file = Path.GetFullPath(output);
        var written = options.Provider == DatabaseProvider.Postgres
            ? await Postgres().BackupAsync(file, overwrite, ct)
            : await Sqlite().BackupAsync(file, overwrite, ct);
        if (!written.Succeeded)
        {
            return written.Cast<BackupReport>();
        }

        var summary = written.Value;
        return new BackupReport(file, new FileInfo(file).Length, time.GetElapsedTime(started), summary.Check, summary.LastMigration, summary.Tables);
    }

    /// <summary>
    /// Replaces the whole configured database by the backup at <paramref name="input"/>, then migrates it to this
    /// version. A database that already has tables is replaced only with <paramref name="replaceData"/>.
    /// </summary>
    public async Task<Outcome<RestoreReport>> RestoreAsync(string input, bool replaceData, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        var started = time.GetTimestamp();
        var file = Path.GetFullPath(input);
        string database;
        Outcome<BackupSummary> restored;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var postgres = Postgres();
            database = postgres.DatabaseName;
            restored = await postgres.RestoreAsync(file, replaceData, ct);
        }
        else
        {
            var sqlite = Sqlite();
            database = sqlite.DatabaseFile() is { Succeeded: true } path ? path.Value : "";
            restored = await sqlite.RestoreAsync(file, replaceData, ct);
        }

        if (!restored.Succeeded)
        {
            return restored.Cast<RestoreReport>();
        }

        // An older backup in a newer version: the same start-up migration the web host would run, run now, so the
        // operator sees it succeed (or fail) here rather than at the next start.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await initializer.MigrateAsync(ct);
        var summary = restored.Value;
        return new RestoreReport(database, time.GetElapsedTime(started), summary.LastMigration, [.. summary.AppliedMigrations ?? [], .. pending], summary.Tables);
    }

    /// <summary>Asked for by a restore only: it builds EF Core's model, which costs a backup a second for nothing.</summary>
    private IReadOnlyList<string> KnownMigrations() => [.. db.Database.GetMigrations()];

    private SqliteBackup Sqlite() => new(options.ConnectionString, KnownMigrations);

    private PostgresBackup Postgres() =>
        new(options.ConnectionString, KnownMigrations, new PostgresTools(options.ConnectionString, backupOptions.PostgresBinDirectory));
}
