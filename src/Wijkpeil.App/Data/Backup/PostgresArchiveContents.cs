using System.Text;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// What a pg_dump archive holds, read from the SQL script <c>pg_restore --file=-</c> writes for it: one
/// <c>COPY table (...) FROM stdin;</c> block per table with one line per row (COPY's text format escapes line
/// breaks inside values), ended by <c>\.</c>. Reading the script reads and decompresses every data block of the
/// archive, so a truncated or damaged archive is found here, before anything is restored.
/// </summary>
internal static class PostgresArchiveContents
{
    public static async Task<(IReadOnlyList<TableCount> Tables, IReadOnlyList<string> Migrations)> ReadAsync(Stream script, CancellationToken ct)
    {
        using var reader = new StreamReader(script, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var tables = new List<TableCount>();
        var migrations = new List<string>();
        string? table = null;
        long rows = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (table is null)
            {
                if (line.StartsWith("COPY ", StringComparison.Ordinal) && line.EndsWith(" FROM stdin;", StringComparison.Ordinal))
                {
                    table = TableName(line);
                    rows = 0;
                }

                continue;
            }

            if (line == "\\.")
            {
                tables.Add(new TableCount(table, rows));
                table = null;
                continue;
            }

            rows++;
            if (table == BackupSchema.HistoryTable)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                migrations.Add(tab < 0 ? line : line[..tab]);
            }
        }

        tables.Sort((a, b) => string.CompareOrdinal(a.Table, b.Table));
        return (tables, migrations);
    }

    /// <summary>The unqualified table name of a COPY line: <c>COPY public."__EFMigrationsHistory" ("MigrationId", ...) FROM stdin;</c>.</summary>
    internal static string TableName(string copyLine)
    {
        var text = copyLine["COPY ".Length..];
        var name = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    name.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    name.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '.')
            {
                // What came before was the schema.
                name.Clear();
            }
            else if (c == ' ')
            {
                break;
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }
}
