using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>A table's full contents in short: its row count and a SHA-256 over its rows in a fixed order.</summary>
internal sealed record TableFingerprint(long Rows, string Hash);

/// <summary>
/// Everything a database holds, read from the database's own catalogue (sqlite_master, information_schema), never
/// from a list of table names: a table added by a later migration is compared without anyone updating a test.
/// Every table is read in full, ordered by all its columns, and hashed value by value; on PostgreSQL the
/// sequences' positions are part of it too, so that new rows after a restore get the ids they would have had.
/// </summary>
internal static class DatabaseContents
{
    public static async Task<IReadOnlyDictionary<string, TableFingerprint>> FingerprintAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = Connect(database);
        await connection.OpenAsync(ct);
        var fingerprints = new SortedDictionary<string, TableFingerprint>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection, database.Provider))
        {
            fingerprints[table] = await FingerprintTableAsync(connection, table, ct);
        }

        if (database.Provider == DatabaseProvider.Postgres)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT sequencename, coalesce(last_value, 0) FROM pg_catalog.pg_sequences WHERE schemaname = current_schema()";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                fingerprints["sequence " + reader.GetString(0)] = new TableFingerprint(reader.GetInt64(1), "");
            }
        }

        return fingerprints;
    }

    /// <summary>The tables of the database as its catalogue lists them, by name.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DatabaseProvider provider)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>A connection of its own (no pool), for reading underneath the app.</summary>
    public static DbConnection Connect(TestDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString)
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);

    /// <summary>The tables whose fingerprints differ, with both sides, for an assertion message.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, TableFingerprint> expected, IReadOnlyDictionary<string, TableFingerprint> actual) =>
        [.. expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(name => !Equals(expected.GetValueOrDefault(name), actual.GetValueOrDefault(name)))
            .Select(name => $"{name}: expected {expected.GetValueOrDefault(name)?.ToString() ?? "(none)"}, found {actual.GetValueOrDefault(name)?.ToString() ?? "(none)"}")];

    private static async Task<TableFingerprint> FingerprintTableAsync(DbConnection connection, string table, CancellationToken ct)
    {
        var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        int columns;
        await using (var probe = connection.CreateCommand())
        {
            probe.CommandText = $"SELECT * FROM {quoted} LIMIT 0";
            await using var empty = await probe.ExecuteReaderAsync(ct);
            columns = empty.FieldCount;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {quoted} ORDER BY {string.Join(", ", Enumerable.Range(1, columns))}";
        await using var reader = await command.ExecuteReaderAsync(ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var row = new StringBuilder();
        long rows = 0;
        while (await reader.ReadAsync(ct))
        {
            row.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Append(reader.GetName(i)).Append('=').Append(Text(reader.GetValue(i))).Append('\u001f');
            }

            hash.AppendData(Encoding.UTF8.GetBytes(row.Append('\u001e').ToString()));
            rows++;
        }

        return new TableFingerprint(rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>A value as text that keeps its type and every digit: 1 and "1", 0.1 and 0.1000000001 stay apart.</summary>
    private static string Text(object value) => value switch
    {
        DBNull => "null",
        string s => "s:" + s,
        byte[] b => "x:" + Convert.ToHexString(b),
        double d => "d:" + d.ToString("R", CultureInfo.InvariantCulture),
        float f => "d:" + f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => "t:" + t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => "t:" + t.ToString("O", CultureInfo.InvariantCulture),
        bool b => "b:" + (b ? "1" : "0"),
        IFormattable f => "n:" + f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + value,
    };
}
