using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Data.Backup;

/// <summary>
/// PostgreSQL's own client programs (pg_dump, pg_restore, psql), found on the PATH or in the configured folder and
/// started with the connection of <c>ConnectionStrings:Wijkpeil</c> passed as libpq environment variables: the
/// password never appears on a command line, where other users of the server could read it in the process list.
/// </summary>
internal sealed class PostgresTools(string connectionString, string? binDirectory)
{
    /// <summary>The full path of <paramref name="tool"/>, or why it cannot be used.</summary>
    public Outcome<string> Find(string tool)
    {
        var fileName = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        if (!string.IsNullOrWhiteSpace(binDirectory))
        {
            var configured = Path.Combine(binDirectory, fileName);
            return File.Exists(configured)
                ? configured
                : Problem.Unavailable("backup.tool.missing_in_folder", tool, binDirectory, BackupOptions.PostgresBinDirectoryKey);
        }

        var path = System.Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Problem.Unavailable("backup.tool.missing", tool, BackupOptions.PostgresBinDirectoryKey);
    }

    /// <summary>Starts <paramref name="executable"/> with its output, errors and (on request) input redirected to this process.</summary>
    public Process Start(string executable, IEnumerable<string> arguments, bool redirectInput = false)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in EnvironmentFor(connectionString))
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
    }

    /// <summary>Runs a tool that needs no input; its standard output goes to <paramref name="readOutput"/>, or is discarded.</summary>
    public async Task<ToolRun> RunAsync(string executable, IEnumerable<string> arguments, Func<Stream, CancellationToken, Task>? readOutput, CancellationToken ct)
    {
        using var process = Start(executable, arguments);
        using var kill = ct.Register(() => Kill(process));
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await (readOutput is null
                ? process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, ct)
                : readOutput(process.StandardOutput.BaseStream, ct));
        }
        catch
        {
            // Nobody reads its output any more: a tool left running would block on a full pipe.
            Kill(process);
            throw;
        }

        await process.WaitForExitAsync(ct);
        return new ToolRun(process.ExitCode, Shorten(await errors));
    }

    /// <summary>Ends a tool and its children; used when the command is cancelled or the other end of a pipe failed.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>The error lines of a tool's error output (else its first lines): enough to see what went wrong, never a flood.</summary>
    public static string Shorten(string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var failures = lines.Where(l => l.Contains("ERROR", StringComparison.Ordinal) || l.Contains("FATAL", StringComparison.Ordinal) || l.Contains("error:", StringComparison.Ordinal)).ToList();
        var text = string.Join(" | ", (failures.Count > 0 ? failures : [.. lines]).Take(5));
        return text.Length > 1000 ? text[..1000] + "…" : text;
    }

    /// <summary>
    /// The libpq environment variables that mean what the Npgsql connection string says. Settings it leaves out are
    /// not set, so libpq's own defaults (and a ~/.pgpass file) apply, as they do for Npgsql.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> EnvironmentFor(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var options = string.Join(' ', new[]
        {
            settings.Options,
            string.IsNullOrWhiteSpace(settings.SearchPath) ? null : "-c search_path=" + settings.SearchPath.Replace(" ", "", StringComparison.Ordinal),
        }.Where(o => !string.IsNullOrWhiteSpace(o)));
        var variables = new (string Name, string? Value)[]
        {
            ("PGHOST", settings.Host),
            ("PGPORT", settings.Port.ToString(CultureInfo.InvariantCulture)),
            ("PGDATABASE", settings.Database),
            ("PGUSER", settings.Username),
            ("PGPASSWORD", settings.Password),
            ("PGPASSFILE", settings.Passfile),
            ("PGSSLMODE", SslMode(settings.SslMode)),
            ("PGSSLCERT", settings.SslCertificate),
            ("PGSSLKEY", settings.SslKey),
            ("PGSSLROOTCERT", settings.RootCertificate),
            ("PGCONNECT_TIMEOUT", settings.Timeout.ToString(CultureInfo.InvariantCulture)),
            ("PGOPTIONS", options.Length == 0 ? null : options),
            ("PGAPPNAME", "wijkpeil-backup"),
        };
        return [.. variables.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => (v.Name, v.Value!))];
    }

    private static string SslMode(SslMode mode) => mode switch
    {
        Npgsql.SslMode.Disable => "disable",
        Npgsql.SslMode.Allow => "allow",
        Npgsql.SslMode.Require => "require",
        Npgsql.SslMode.VerifyCA => "verify-ca",
        Npgsql.SslMode.VerifyFull => "verify-full",
        _ => "prefer",
    };
}

/// <summary>How a tool ended: its exit code and the start of what it wrote to standard error.</summary>
internal sealed record ToolRun(int ExitCode, string Errors);
