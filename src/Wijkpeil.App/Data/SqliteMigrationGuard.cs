using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Data;

/// <summary>
/// Lets one process at a time migrate a SQLite file, with an operating-system lock on a file beside it, and
/// removes the lock row EF Core leaves behind when a process dies while migrating.
/// </summary>
/// <remarks>
/// EF Core serialises migrations on SQLite with a row in <c>__EFMigrationsLock</c>, inserted before and deleted
/// after every <c>Migrate</c> (also when nothing is pending). A process killed in between (power cut, OOM killer,
/// <c>kill -9</c>) leaves the row, and every later start of the web host or the CLI then waits for it for ever.
/// An operating-system lock dies with its process; since every Wijkpeil process takes it before migrating, a lock
/// row found while holding it can only be such a leftover, and is deleted.
/// </remarks>
internal sealed partial class SqliteMigrationGuard : IDisposable
{
    /// <summary>How long a start waits for another process's migration before it gives up with a message.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream? _lock;

    private SqliteMigrationGuard(FileStream? lockFile) => _lock = lockFile;

    /// <summary>Takes the lock for the database's file (nothing for PostgreSQL or an in-memory database) and clears a leftover lock row.</summary>
    public static async Task<SqliteMigrationGuard> AcquireAsync(WijkpeilDbContext db, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return new SqliteMigrationGuard(null);
        }

        if (SqliteFile.PathOf(db.Database.GetConnectionString()) is not { } file)
        {
            return new SqliteMigrationGuard(null);
        }

        var guard = new SqliteMigrationGuard(await LockAsync(file + ".migrate-lock", time, logger, cancellationToken));
        try
        {
            await ClearLeftoverAsync(db, logger, cancellationToken);
            return guard;
        }
        catch
        {
            guard.Dispose();
            throw;
        }
    }

    public void Dispose() => _lock?.Dispose();

    private static async Task<FileStream> LockAsync(string path, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var waiting = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix, a sharing lock on Windows: both end with the process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (time.GetUtcNow() - started < Patience)
            {
                if (!waiting)
                {
                    LogWaiting(logger, path);
                    waiting = true;
                }

                await Task.Delay(Poll, time, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException(
                    $"Een ander Wijkpeil-proces werkt de database al {Patience.TotalMinutes:N0} minuten bij ({path} is vergrendeld). Wacht tot het klaar is, of stop het.", ex);
            }
        }
    }

    private static async Task ClearLeftoverAsync(WijkpeilDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            if (await delete.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                LogLeftoverRemoved(logger);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for another process to finish migrating the database ({LockFile})")]
    private static partial void LogWaiting(ILogger logger, string lockFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed the migration lock an interrupted earlier start left in __EFMigrationsLock; no other process was migrating")]
    private static partial void LogLeftoverRemoved(ILogger logger);
}
