using Npgsql;
using Wijkpeil.App.Data;
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
            using var connection = new NpgsqlConnection(database.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
