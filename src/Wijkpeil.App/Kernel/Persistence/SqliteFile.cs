using Microsoft.Data.Sqlite;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>Where a SQLite connection string keeps its database.</summary>
internal static class SqliteFile
{
    /// <summary>The full path of the database file <paramref name="connectionString"/> names; null for none or an in-memory database.</summary>
    public static string? PathOf(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : Path.GetFullPath(dataSource);
    }
}
