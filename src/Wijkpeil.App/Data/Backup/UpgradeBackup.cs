using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// The backup a start takes of an existing SQLite database before it applies a new version's migrations: beside the
/// database, in <c>backups/</c>, named after the database, the newest migration it is about to apply and the time,
/// so that a failed or unwanted upgrade can be undone with <c>wijkpeil restore</c> even when nobody took a backup by
/// hand. PostgreSQL gets no automatic backup (pg_dump may be missing on the web server); the log asks for one.
/// </summary>
internal static partial class UpgradeBackup
{
    public const string FolderName = "backups";

    /// <summary>Backs up the database unless it is new; throws when that fails, so that nothing is migrated without one.</summary>
    public static async Task TakeAsync(WijkpeilDbContext db, IReadOnlyList<string> pending, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return;
        }

        if (!db.Database.IsSqlite())
        {
            LogNoAutomaticBackup(logger);
            return;
        }

        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        var file = Path.Combine(
            Path.GetDirectoryName(database)!,
            FolderName,
            string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(database)}-voor-{pending[^1]}-{time.GetUtcNow():yyyyMMdd-HHmmss}.db"));
        var backup = await new SqliteBackup(db.Database.GetConnectionString()!, () => []).BackupAsync(file, overwrite: false, ct);
        if (!backup.Succeeded && backup.Problems[0].Code != "backup.output.exists")
        {
            // Two processes starting in the same second make the same file; any other failure stops the upgrade. The log is English.
            throw new InvalidOperationException(
                $"Before applying migrations Wijkpeil backs up the database, and that failed: {ProblemMessages.For(backup.Problems[0], CultureInfo.GetCultureInfo("en"))} Nothing was migrated.");
        }

        LogBackedUp(logger, database, file);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed up {Database} to {File} before applying migrations")]
    private static partial void LogBackedUp(ILogger logger, string database, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying migrations to PostgreSQL without an automatic backup: take one first with 'wijkpeil backup' (docs/operations.md, Upgrade)")]
    private static partial void LogNoAutomaticBackup(ILogger logger);
}
