using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Cli.Infrastructure;

namespace Wijkpeil.Cli;

/// <summary>
/// One run of the tool: its configuration, its two output channels and the App services. Verbs get the
/// services only after the database is migrated and the default data is loaded, and report expected
/// failures as exit codes; this class turns whatever else goes wrong into a message and an exit code.
/// </summary>
internal sealed class CliSession
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private readonly TextWriter _stdout;
    private readonly bool _stdoutIsProcessConsole;

    public CliSession(IConfiguration configuration, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        Configuration = configuration;
        Stdin = stdin;
        _stdout = stdout;

        // Only the process's own console can be a terminal or take raw bytes; any other writer is a capture.
        _stdoutIsProcessConsole = ReferenceEquals(stdout, Console.Out);
        var stderrIsProcessConsole = ReferenceEquals(stderr, Console.Error);
        Out = ConsoleFactory.Create(stdout, _stdoutIsProcessConsole && !Console.IsOutputRedirected, ConsoleFactory.RedirectedResultWidth);
        Error = ConsoleFactory.Create(stderr, stderrIsProcessConsole && !Console.IsErrorRedirected, ConsoleFactory.RedirectedMessageWidth);
        LogLevel = CliConfiguration.LogLevelFrom(configuration);
    }

    public IConfiguration Configuration { get; }

    /// <summary>Standard input, for secrets that must not appear on the command line.</summary>
    public TextReader Stdin { get; }

    /// <summary>Results: tables, exports, summaries.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Errors, warnings and progress, so stdout stays clean for pipes.</summary>
    public IAnsiConsole Error { get; }

    public LogLevel LogLevel { get; }

    /// <summary>True when stdout is the process's stdout sent to a file or pipe: the only place binary output may go.</summary>
    public bool StdoutTakesBytes => _stdoutIsProcessConsole && Console.IsOutputRedirected;

    /// <summary>Plain text for stdout, bypassing Spectre's markup and wrapping (CSV, JSON).</summary>
    public TextWriter StdoutWriter => _stdout;

    /// <summary>
    /// A stream onto stdout: the raw process stream when there is one (bytes pass unchanged), otherwise a
    /// UTF-8 decoding adapter over the writer the caller gave.
    /// </summary>
    public Stream OpenStdout()
    {
        if (_stdoutIsProcessConsole)
        {
            _stdout.Flush();
            return Console.OpenStandardOutput();
        }

        return new TextWriterStream(_stdout);
    }

    /// <summary>Who imports, for provenance: <c>cli:&lt;user&gt;</c> unless the user says otherwise.</summary>
    public static string DefaultImportedBy => "cli:" + Environment.UserName;

    /// <summary>The text of a refusal as the tool shows it: in Dutch, like the rest of its output.</summary>
    public static string Text(Problem problem) => ProblemMessages.For(problem, Dutch);

    public void WriteError(string message) =>
        Error.Write(new Text("fout: " + message + Environment.NewLine, new Style(Color.Red)));

    public void WriteErrorDetail(string message) =>
        Error.Write(new Text("  " + message + Environment.NewLine));

    /// <summary>Shows a spinner on an interactive stderr while <paramref name="work"/> runs; plain otherwise.</summary>
    public async Task<T> WithStatusAsync<T>(string status, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Error.Profile.Capabilities.Interactive)
        {
            return await work();
        }

        return await Error.Status().StartAsync(Markup.Escape(status), _ => work());
    }

    /// <summary>Starts the App (migrate, load the default once), runs the verb in a scope, maps failures to exit codes.</summary>
    public Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken) =>
        RunAsync((_, _) => verb, startUp: true, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(Func{IServiceProvider, CancellationToken, Task{int}}, CancellationToken)"/>, with a first
    /// step that runs before the database is started and must not touch it (such as parsing the file to import, so
    /// that the parse overlaps the migrations of a first start); the verb gets its result.
    /// </summary>
    public Task<int> RunAsync<TAhead>(
        Func<IServiceProvider, CancellationToken, TAhead> beforeDatabase,
        Func<IServiceProvider, TAhead, CancellationToken, Task<int>> verb,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beforeDatabase);
        ArgumentNullException.ThrowIfNull(verb);
        return RunAsync(
            (services, token) =>
            {
                var ahead = beforeDatabase(services, token);
                return (scope, scopeToken) => verb(scope, ahead, scopeToken);
            },
            startUp: true,
            cancellationToken);
    }

    /// <summary>
    /// As <see cref="RunAsync(Func{IServiceProvider, CancellationToken, Task{int}}, CancellationToken)"/>, but without
    /// migrating or loading anything first: backup and restore must see the database as it is.
    /// </summary>
    public Task<int> RunOnDatabaseAsIsAsync(Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken) =>
        RunAsync((_, _) => verb, startUp: false, cancellationToken);

    /// <param name="start">Runs on the root services before the database is started; returns the verb to run after.</param>
    private async Task<int> RunAsync(
        Func<IServiceProvider, CancellationToken, Func<IServiceProvider, CancellationToken, Task<int>>> start,
        bool startUp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        // The logging framework owns the provider once it is registered and disposes it with the services.
        var logger = new CliLoggerProvider(Error, LogLevel);
        ServiceProvider services;
        try
        {
            services = BuildServices(logger);
        }
        catch (InvalidOperationException ex)
        {
            // DatabaseOptions rejects an unknown provider or a missing PostgreSQL connection string this way.
            WriteError("configuratie: " + ex.Message);
            return ExitCodes.BadInput;
        }

        await using (services)
        {
            try
            {
                var verb = start(services, cancellationToken);
                if (startUp)
                {
                    await InitializeAsync(services, logger, cancellationToken);
                }

                await using var scope = services.CreateAsyncScope();
                return await verb(scope.ServiceProvider, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                WriteError("afgebroken. Een onderbroken import slaat niets op; een onderbroken eerste start gaat de volgende keer verder waar hij was.");
                return ExitCodes.Cancelled;
            }
            catch (Exception ex)
            {
                // The tool's last line of defence: an operator gets a message and an exit code, not a crash dump.
                WriteUnexpected(ex);
                return ExitCodes.Failure;
            }
        }
    }

    private ServiceProvider BuildServices(CliLoggerProvider logger)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Configuration);
        services.AddLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(logger.MinimumLevel);
            logging.AddProvider(logger);

            // EF Core logs a failed connection or query as an error and the exception then reaches
            // RunAsync, which reports it once in the operator's terms; its own lines are for debugging.
            logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel <= LogLevel.Debug ? LogLevel : LogLevel.None);
        });
        services.AddWijkpeil(Configuration);
        services.AddSingleton<IAuditActorSource>(new FixedAuditActorSource(AuditActor.Cli));
        return services.BuildServiceProvider();
    }

    private async Task InitializeAsync(IServiceProvider services, CliLoggerProvider logger, CancellationToken cancellationToken)
    {
        if (Error.Profile.Capabilities.Interactive)
        {
            await Error.Status().StartAsync("Database voorbereiden…", async context =>
            {
                // The spinner says what is going on; each finished step stays on screen above it as a log.
                logger.FirstStartProgress = message =>
                {
                    context.Status = "Eerste start: standaarddata laden (Vitale Wijken en open data)…";
                    Error.Write(new Text("  " + message + Environment.NewLine, new Style(Color.Grey)));
                };
                try
                {
                    await WijkpeilStartup.InitializeAsync(services, cancellationToken);
                }
                finally
                {
                    logger.FirstStartProgress = null;
                }
            });
            return;
        }

        // Not a terminal (a scheduled job, a log file): the first load's steps as plain lines, once.
        var announced = 0;
        logger.FirstStartProgress = message =>
        {
            if (Interlocked.Exchange(ref announced, 1) == 0)
            {
                Error.WriteLine("Eerste start: standaarddata laden…");
            }

            Error.Write(new Text("  " + message + Environment.NewLine));
        };
        try
        {
            await WijkpeilStartup.InitializeAsync(services, cancellationToken);
        }
        finally
        {
            logger.FirstStartProgress = null;
        }
    }

    private void WriteUnexpected(Exception exception)
    {
        WriteError("dit ligt niet aan de invoer maar aan de omgeving (database, schijf) of aan Wijkpeil zelf. Imports zijn atomair: er is niets half opgeslagen.");
        for (var current = exception; current is not null; current = current.InnerException)
        {
            WriteErrorDetail($"{current.GetType().Name}: {current.Message}");
        }

        if (LogLevel <= LogLevel.Debug)
        {
            Error.Write(new Text(exception + Environment.NewLine));
        }
        else
        {
            WriteErrorDetail($"Meer details: zet {CliConfiguration.LogLevelKey.Replace(":", "__", StringComparison.Ordinal)}=Debug.");
        }
    }
}
