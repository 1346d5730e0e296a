using Microsoft.Data.Sqlite;
using Npgsql;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>
/// Tells a write that gave up waiting for a lock (<see cref="DatabaseOptions.WriteLockTimeout"/>) from every other
/// database failure: SQLite's busy or locked result, PostgreSQL's lock_not_available. Such a write changed nothing
/// and can simply be tried again a moment later.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>PostgreSQL's SQLSTATE when lock_timeout expires.</summary>
    private const string LockNotAvailable = "55P03";

    /// <summary>Whether the exception, or one it wraps (EF Core wraps provider errors), is a lock wait that timed out.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case PostgresException { SqlState: LockNotAvailable }:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }
}
