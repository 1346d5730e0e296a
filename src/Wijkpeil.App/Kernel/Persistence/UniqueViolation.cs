using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>
/// Recognises a write refused by a unique index, on either provider: the database's answer to two requests that
/// checked "not there yet" at the same moment and both inserted.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>True when <paramref name="exception"/> is a unique or primary-key violation.</summary>
    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            _ => false,
        };
    }
}
