using Npgsql;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

internal static class BackupTestSupport
{
    /// <summary>
    /// Closes this test process's idle pooled connections to the database: a PostgreSQL restore counts them as other
    /// sessions, as it would a running web host's, and refuses. (The SQLite test databases are not pooled.)
    /// </summary>
    public static void ReleaseConnections(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // The pool is keyed by the connection string the application really uses (with its lock timeout).
            using var connection = new NpgsqlConnection(DatabaseOptions.FromConfiguration(database.Configuration).EffectiveConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
