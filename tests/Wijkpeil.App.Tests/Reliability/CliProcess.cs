using System.Diagnostics;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Reliability;

/// <summary>
/// The <c>wijkpeil</c> tool as a real operating-system process (the build copies it beside the tests), so that a
/// test can kill it with SIGKILL the way a power cut or the OOM killer would, at any point of its work.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CliProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>wijkpeil ARGS</c> against <paramref name="database"/>, without the embedded default.</summary>
    public static CliProcess Start(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wijkpeil.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in database.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment[WijkpeilStartup.LoadDefaultDataKey.Replace(":", "__", StringComparison.Ordinal)] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs the tool to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)> RunAsync(TestDatabase database, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        using var cli = Start(database, args);
        var (exitCode, stdout, stderr) = await cli.WaitAsync();
        return (exitCode, stdout, stderr, watch.Elapsed);
    }

    /// <summary>Waits for the process to end on its own.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync()
    {
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>
    /// SIGKILL after <paramref name="delay"/> (no chance to clean up, roll back or flush); returns whether the
    /// process was still running when the signal went out, i.e. whether it was really interrupted.
    /// </summary>
    public async Task<bool> KillAfterAsync(TimeSpan delay)
    {
        await Task.WhenAny(_process.WaitForExitAsync(TestContext.Current.CancellationToken), Task.Delay(delay, TestContext.Current.CancellationToken));
        var interrupted = !_process.HasExited;
        if (interrupted)
        {
            _process.Kill(entireProcessTree: true); // SIGKILL on Unix
        }

        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return interrupted;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
