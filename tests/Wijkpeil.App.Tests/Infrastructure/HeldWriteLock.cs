using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// Another connection holding a write lock, as a long import would, until disposed: deterministic, where timing a
/// real import is not. SQLite: <c>BEGIN IMMEDIATE</c>, its one write lock. PostgreSQL: the locks the given SQL
/// takes in an open transaction (tables in SHARE ROW EXCLUSIVE mode let others read them but not write).
/// </summary>
public sealed class HeldWriteLock : IAsyncDisposable
{
    private readonly DbConnection _connection;

    private HeldWriteLock(DbConnection connection) => _connection = connection;

    /// <summary>Holds the lock; <paramref name="postgresLocks"/> is the SQL that takes PostgreSQL's locks after BEGIN.</summary>
    public static async Task<HeldWriteLock> HoldAsync(TestDatabase database, string postgresLocks)
    {
        ArgumentNullException.ThrowIfNull(database);
        DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == DatabaseProvider.Sqlite ? "BEGIN IMMEDIATE;" : "BEGIN; " + postgresLocks;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return new HeldWriteLock(connection);
    }

    /// <summary>PostgreSQL: the tables locked against writers (readers go on).</summary>
    public static string Tables(params string[] tables) => $"LOCK TABLE {string.Join(", ", tables)} IN SHARE ROW EXCLUSIVE MODE;";

    public async ValueTask DisposeAsync()
    {
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = "ROLLBACK;";
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }

        await _connection.DisposeAsync();
    }
}
