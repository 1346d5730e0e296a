using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>
/// Switches SQLite's foreign-key checks off for one import transaction and back on afterwards. SQLite
/// checks five parent rows for every inserted observation, which cost about 0.7 s of the 1.5 million values
/// of the three 50090NED tables; PostgreSQL is left alone.
/// </summary>
/// <remarks>
/// <para>
/// Safe because of what the importer writes in that transaction: every id in an observation (indicator,
/// area, period, breakdown, import batch) and in a revision was read from, or just written to, the
/// database inside the same transaction. SQLite has one writer at a time and refuses to write on a stale
/// snapshot, so no other connection can remove such a row before the commit. Nothing in the transaction
/// deletes, so no cascade is skipped either.
/// </para>
/// <para>
/// The pragma cannot change inside a transaction, so the connection is opened (and kept open by EF Core
/// for the transaction) before it begins. Dispose runs after the transaction ended, commit or rollback,
/// and restores the checks before the connection goes back to the pool; EF Core also turns them on
/// whenever it opens a connection.
/// </para>
/// </remarks>
internal sealed class ImportForeignKeyChecks : IAsyncDisposable
{
    private readonly WijkpeilDbContext? _db;

    private ImportForeignKeyChecks(WijkpeilDbContext? db) => _db = db;

    public static async Task<ImportForeignKeyChecks> PauseAsync(WijkpeilDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return new ImportForeignKeyChecks(null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await SetAsync(db.Database.GetDbConnection(), on: false, cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        return new ImportForeignKeyChecks(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        try
        {
            await SetAsync(_db.Database.GetDbConnection(), on: true, CancellationToken.None);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private static async Task SetAsync(DbConnection connection, bool on, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
