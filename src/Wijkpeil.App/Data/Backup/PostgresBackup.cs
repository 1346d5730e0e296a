using System.Text;
using Npgsql;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// Backup and restore of the PostgreSQL database with PostgreSQL's own tools, so that the file is an ordinary
/// pg_dump archive any DBA can read and restore by hand.
/// <para>
/// Backup: <c>pg_dump --format=custom</c>, which reads all tables in one repeatable-read transaction (one
/// consistent snapshot while the web host writes), to a temporary name; then the whole archive is read back with
/// <c>pg_restore --file=-</c> (every data block decompressed, rows counted per table) and only then renamed.
/// </para>
/// <para>
/// Restore: the archive is read back the same way and its migration history checked first. Then one psql session
/// runs, in ONE transaction, a statement that drops every table, view and sequence of the schema, followed by the
/// script pg_restore makes of the archive (without owners and grants, so it also restores into a database with
/// another role), and commits only when pg_restore finished without error. Dropping everything rather than only
/// what the archive holds (<c>pg_restore --clean</c>) matters when an older backup goes back into a database a
/// newer version has upgraded: the newer tables would otherwise stay and make the next migration fail. Any error,
/// or an interruption, rolls the transaction back and leaves the database as it was.
/// </para>
/// </summary>
internal sealed class PostgresBackup(string connectionString, Func<IReadOnlyList<string>> knownMigrations, PostgresTools tools)
{
    public string DatabaseName => new NpgsqlConnectionStringBuilder(connectionString).Database ?? "";

    public async Task<Outcome<BackupSummary>> BackupAsync(string output, bool overwrite, CancellationToken ct)
    {
        var pgDump = tools.Find("pg_dump");
        var pgRestore = tools.Find("pg_restore");
        if (!pgDump.Succeeded || !pgRestore.Succeeded)
        {
            return Outcome<BackupSummary>.Failure([.. pgDump.Problems, .. pgRestore.Problems]);
        }

        if (BackupFiles.CheckOutput(output, overwrite) is { } refused)
        {
            return refused;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var temporary = BackupFiles.TemporaryBeside(output);
        try
        {
            var dump = await tools.RunAsync(pgDump.Value, ["--format=custom", "--no-password", "--file=" + temporary], readOutput: null, ct);
            if (dump.ExitCode != 0)
            {
                return Problem.Failed("backup.pg_dump.failed", DatabaseName, dump.ExitCode, dump.Errors);
            }

            BackupFiles.RestrictToOwner(temporary);
            var contents = await ReadArchiveAsync(pgRestore.Value, temporary, output, ct);
            if (!contents.Succeeded)
            {
                return contents.Cast<BackupSummary>();
            }

            File.Move(temporary, output, overwrite);
            return contents.Value.Summary();
        }
        finally
        {
            BackupFiles.DeleteQuietly(temporary);
        }
    }

    public async Task<Outcome<BackupSummary>> RestoreAsync(string input, bool replaceData, CancellationToken ct)
    {
        var pgRestore = tools.Find("pg_restore");
        var psql = tools.Find("psql");
        if (!pgRestore.Succeeded || !psql.Succeeded)
        {
            return Outcome<BackupSummary>.Failure([.. pgRestore.Problems, .. psql.Problems]);
        }

        if (!File.Exists(input))
        {
            return Problem.NotFound("restore.input.missing", input);
        }

        var contents = await ReadArchiveAsync(pgRestore.Value, input, input, ct);
        if (!contents.Succeeded)
        {
            return contents.Cast<BackupSummary>();
        }

        var migrations = contents.Value.Migrations;
        if (BackupSchema.Check(input, migrations, knownMigrations()) is { } unsupported)
        {
            return unsupported;
        }

        string schema;
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync(ct);
            if (await OtherSessionsAsync(connection, ct) is { } inUse)
            {
                return inUse;
            }

            var tables = Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()", ct), System.Globalization.CultureInfo.InvariantCulture);
            if (!replaceData && tables > 0)
            {
                return Problem.Conflict(null, "restore.target.has-data", DatabaseName, tables);
            }

            schema = (string)(await ScalarAsync(connection, "SELECT current_schema()", ct))!;
        }

        var refused = await ReplaceAsync(pgRestore.Value, psql.Value, input, schema, ct);
        return refused is null ? contents.Value.Summary() : refused;
    }

    /// <summary>Reads the whole archive back through pg_restore: its tables, row counts and migration history.</summary>
    private async Task<Outcome<Contents>> ReadArchiveAsync(string pgRestore, string archive, string shownName, CancellationToken ct)
    {
        IReadOnlyList<TableCount> tables = [];
        IReadOnlyList<string> migrations = [];
        var run = await tools.RunAsync(
            pgRestore,
            ["--file=-", archive],
            async (script, token) => (tables, migrations) = await PostgresArchiveContents.ReadAsync(script, token),
            ct);
        if (run.ExitCode != 0)
        {
            return Problem.Invalid("input", "restore.input.invalid", shownName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pg_restore ({run.ExitCode}): {run.Errors.TrimEnd('.')}"));
        }

        return new Contents("pg_restore las het hele archief terug: ok", tables, migrations);
    }

    /// <summary>
    /// Web hosts and other clients keep connections to the database; replacing its tables under them would make
    /// their requests fail or wait, so a restore asks for them to be stopped first.
    /// </summary>
    private async Task<Problem?> OtherSessionsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), string_agg(DISTINCT coalesce(nullif(application_name, ''), '?') || '@' || coalesce(host(client_addr), 'socket'), ', ')
            FROM pg_catalog.pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var count = reader.GetInt64(0);
        if (count == 0)
        {
            return null;
        }

        return Problem.Conflict(null, "restore.target.in-use", DatabaseName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count}: {reader.GetString(1)}"));
    }

    /// <summary>The drop-everything statement and the archive's script in one psql transaction; null when committed.</summary>
    private async Task<Problem?> ReplaceAsync(string pgRestore, string psql, string archive, string schema, CancellationToken ct)
    {
        using var script = tools.Start(pgRestore, ["--file=-", "--no-owner", "--no-privileges", archive]);
        using var session = tools.Start(psql, ["--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1", "--file=-"], redirectInput: true);
        using var kill = ct.Register(() =>
        {
            PostgresTools.Kill(script);
            PostgresTools.Kill(session);
        });
        var scriptErrors = script.StandardError.ReadToEndAsync(CancellationToken.None);
        var sessionErrors = session.StandardError.ReadToEndAsync(CancellationToken.None);
        var sessionOutput = session.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
        var committed = false;
        var input = session.StandardInput.BaseStream;
        try
        {
            // No NOTICE per dropped constraint: the error output is for the one line that says what failed.
            await input.WriteAsync(Encoding.UTF8.GetBytes("SET client_min_messages = warning;\nBEGIN;\n" + DropEverything(schema)), ct);
            await script.StandardOutput.BaseStream.CopyToAsync(input, ct);
            await script.WaitForExitAsync(ct);

            // Without this line psql reaches the end of its input inside the transaction, and the server rolls it back.
            if (script.ExitCode == 0)
            {
                await input.WriteAsync("COMMIT;\n"u8.ToArray(), ct);
                committed = true;
            }
        }
        catch (IOException)
        {
            // psql stopped reading: it met an error (ON_ERROR_STOP) and ended, taking the transaction with it.
            PostgresTools.Kill(script);
        }
        finally
        {
            try
            {
                input.Close();
            }
            catch (IOException)
            {
                // psql is gone already; its exit code and errors tell what happened.
            }
        }

        await session.WaitForExitAsync(ct);
        await script.WaitForExitAsync(ct);
        await sessionOutput;
        if (committed && session.ExitCode == 0)
        {
            return null;
        }

        var (tool, says) = PostgresTools.Shorten(await sessionErrors) is { Length: > 0 } psqlSays ? ("psql", psqlSays) : ("pg_restore", PostgresTools.Shorten(await scriptErrors));
        return Problem.Failed("restore.failed", DatabaseName, tool, says);
    }

    /// <summary>
    /// A PL/pgSQL block that drops every table, view and sequence of <paramref name="schema"/>. Tables first: the
    /// sequences behind identity columns go with their table and cannot be dropped on their own.
    /// </summary>
    internal static string DropEverything(string schema) => $"""
        DO $wijkpeil_restore$
        DECLARE item record;
        BEGIN
          FOR item IN
            SELECT c.relname, c.relkind
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = {Literal(schema)} AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
            ORDER BY c.relkind IN ('v', 'm', 'S'), c.relname
          LOOP
            EXECUTE format('DROP %s IF EXISTS %I.%I CASCADE',
              CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
              {Literal(schema)}, item.relname);
          END LOOP;
        END
        $wijkpeil_restore$;

        """;

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private sealed record Contents(string Check, IReadOnlyList<TableCount> Tables, IReadOnlyList<string> Migrations)
    {
        public BackupSummary Summary() => new(Check, BackupSchema.Newest(Migrations), Tables);
    }
}
