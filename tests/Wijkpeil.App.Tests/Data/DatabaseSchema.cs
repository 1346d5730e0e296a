using System.Data.Common;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// A database's schema as lines of text, from the catalogue: tables, columns with type, nullability and default,
/// indexes, keys and constraints (and on PostgreSQL sequences). Two databases with equal lines have the same schema.
/// </summary>
internal static class DatabaseSchema
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(TestDatabase database)
    {
        await using var connection = DatabaseContents.Connect(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            lines.AddRange(await LinesAsync(connection, "SELECT 'object ' || type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'"));
            foreach (var table in await DatabaseContents.TablesAsync(connection, database.Provider))
            {
                var quoted = "'" + table.Replace("'", "''", StringComparison.Ordinal) + "'";
                lines.AddRange(await LinesAsync(connection, $"SELECT 'column {table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || coalesce(dflt_value, '-') || ' pk=' || pk || ' hidden=' || hidden FROM pragma_table_xinfo({quoted})"));
                lines.AddRange(await LinesAsync(connection, $"SELECT 'index {table}.' || name || ' unique=' || \"unique\" || ' origin=' || origin || ' partial=' || partial FROM pragma_index_list({quoted})"));
                lines.AddRange(await LinesAsync(connection, $"SELECT 'foreign key {table}: ' || \"from\" || ' -> ' || \"table\" || '.' || coalesce(\"to\", '') || ' on delete ' || on_delete FROM pragma_foreign_key_list({quoted})"));
            }
        }
        else
        {
            lines.AddRange(await LinesAsync(connection, """
                SELECT 'column ' || table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type
                       || ' len=' || coalesce(character_maximum_length::text, '-') || ' precision=' || coalesce(numeric_precision::text, '-') || ',' || coalesce(numeric_scale::text, '-')
                       || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '-') || ' identity=' || is_identity || coalesce(' ' || identity_generation, '')
                FROM information_schema.columns WHERE table_schema = current_schema()
                """));
            lines.AddRange(await LinesAsync(connection, "SELECT 'index ' || tablename || '.' || indexname || ': ' || indexdef FROM pg_catalog.pg_indexes WHERE schemaname = current_schema()"));
            lines.AddRange(await LinesAsync(connection, """
                SELECT 'constraint ' || c.conrelid::regclass::text || '.' || c.conname || ': ' || pg_catalog.pg_get_constraintdef(c.oid)
                FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema()
                """));
            lines.AddRange(await LinesAsync(connection, """
                SELECT 'sequence ' || sequencename || ' ' || data_type::text || ' start=' || start_value || ' increment=' || increment_by
                FROM pg_catalog.pg_sequences WHERE schemaname = current_schema()
                """));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> LinesAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
