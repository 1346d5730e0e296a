using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>
/// A write that is only worth doing when it costs the request nothing, such as recording when a token was last used:
/// done when no other writer holds the lock, skipped at once otherwise. A read that carries such a write must never
/// wait for an import.
/// </summary>
internal static class BestEffortWrite
{
    /// <summary>Runs <paramref name="write"/> in a transaction of its own if the write lock is free now; returns whether it ran.</summary>
    public static async Task<bool> TryAsync(WijkpeilDbContext db, Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A best-effort write runs in a transaction of its own.");
        }

        return db.Database.IsSqlite() ? await TrySqliteAsync(db, write, cancellationToken) : await TryPostgresAsync(db, write, cancellationToken);
    }

    private static async Task<bool> TrySqliteAsync(WijkpeilDbContext db, Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Straight through SQLite's C API: Microsoft.Data.Sqlite would retry a busy BEGIN for its whole timeout,
            // SQLite itself answers SQLITE_BUSY at once while another connection holds the write lock.
            var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
            if (raw.sqlite3_exec(handle, "BEGIN IMMEDIATE") != raw.SQLITE_OK)
            {
                return false;
            }

            try
            {
                await write(cancellationToken);
                if (raw.sqlite3_exec(handle, "COMMIT") == raw.SQLITE_OK)
                {
                    return true;
                }
            }
            catch
            {
                raw.sqlite3_exec(handle, "ROLLBACK");
                throw;
            }

            raw.sqlite3_exec(handle, "ROLLBACK");
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> TryPostgresAsync(WijkpeilDbContext db, Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // 1 ms rather than 0, which would mean no limit at all.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = 1", cancellationToken);
        try
        {
            await write(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (DatabaseBusy.Is(e))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return false;
        }
    }
}
