using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Reliability;

/// <summary>
/// The row count of every table the database has (read from its catalogue, so tables added later are
/// covered without a change here) and the sum of the stored figures: enough to tell "nothing of the file"
/// from "all of it" from "part of it".
/// </summary>
internal static class TableCounts
{
    public static async Task<string> OfAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        try
        {
            var tables = await ListAsync(connection, database.Provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
            var parts = new List<string>();
            // Not data: a kill during the start-up migration leaves EF Core's lock row, which the next start removes
            // (SqliteMigrationGuard; MigrationCrashTests), as the crash tests' final uninterrupted run proves.
            foreach (var table in tables.Where(t => t != "__EFMigrationsLock"))
            {
                parts.Add($"{table}={await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"")}");
            }

            parts.Add($"sum(observations.Value)={await ScalarAsync(connection, "SELECT ROUND(CAST(COALESCE(SUM(\"Value\"), 0) AS numeric), 3) FROM observations")}");
            return string.Join("; ", parts);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    /// <summary>SQLite's own verdict on the file after a crash: "ok", and no dangling reference.</summary>
    public static async Task<string> SqliteIntegrityAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        try
        {
            var integrity = string.Join(",", await ListAsync(connection, "PRAGMA integrity_check"));
            var dangling = (await ListAsync(connection, "PRAGMA foreign_key_check")).Count;
            return $"integrity={integrity}; foreign_key_violations={dangling}";
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return values;
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
