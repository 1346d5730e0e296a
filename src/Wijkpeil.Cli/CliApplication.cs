using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Cli.Commands;
using Wijkpeil.Cli.Infrastructure;

namespace Wijkpeil.Cli;

/// <summary>
/// The <c>wijkpeil</c> command line: parses the arguments, runs one verb on the App services and returns
/// the exit code. Everything goes through the given writers so tests can run it in-process.
/// </summary>
public static class CliApplication
{
    public const string ToolName = "wijkpeil";

    /// <summary>Runs the tool once.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="configurationOverride">Settings that win over appsettings.json and environment variables (tests).</param>
    /// <param name="stdout">Results: tables, summaries, exports.</param>
    /// <param name="stderr">Errors, warnings and progress.</param>
    /// <returns>0 success, 1 bad input, 2 wrong usage, 3 other failure, 130 interrupted (see <see cref="ExitCodes"/>).</returns>
    public static Task<int> RunAsync(string[] args, IConfiguration? configurationOverride, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, configurationOverride, Console.In, stdout, stderr, cancellationToken);

    /// <summary>Runs the tool once, reading standard input (a password given with --password-stdin) from <paramref name="stdin"/>.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration? configurationOverride, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var session = new CliSession(CliConfiguration.Build(configurationOverride), stdin, stdout, stderr);
        var notes = new Dictionary<Command, string>();
        var root = BuildCommands(session, notes);
        var help = new DutchHelpAction(ToolName, notes);
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption helpOption:
                    helpOption.Description = "Toon deze hulp.";
                    helpOption.Action = help;
                    break;
                case VersionOption versionOption:
                    versionOption.Description = "Toon het versienummer.";
                    break;
            }
        }

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            WriteUsageErrors(parseResult, help, stderr);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // CliSession maps exceptions to exit codes; the default handler would print a stack trace and return 1.
            EnableDefaultExceptionHandler = false,

            // Ctrl+C cancels the running verb only when this is the real process, not a test calling in.
            ProcessTerminationTimeout = ReferenceEquals(stdout, Console.Out) ? TimeSpan.FromSeconds(5) : null,
        };
        var exitCode = await parseResult.InvokeAsync(invocation, cancellationToken);
        await stdout.FlushAsync(cancellationToken);
        return exitCode;
    }

    private static RootCommand BuildCommands(CliSession session, Dictionary<Command, string> notes)
    {
        var root = new RootCommand("Wijkpeil op de opdrachtregel: gegevens inlezen en exporteren, gebieden en indicatoren bekijken, programma's opzetten, accounts beheren, voorbeeldgegevens laden, back-ups maken en terugzetten. Gebruikt dezelfde database en configuratie als de webapplicatie; de eerste start maakt de database aan en laadt de standaarddata.");
        root.Subcommands.Add(ImportCommands.Create(session, notes));
        root.Subcommands.Add(ImportsCommands.Create(session, notes));
        root.Subcommands.Add(AreasCommands.Create(session));
        root.Subcommands.Add(IndicatorsCommands.Create(session));
        root.Subcommands.Add(ProgrammesCommands.Create(session, notes));
        root.Subcommands.Add(ExportCommands.Create(session, notes));
        root.Subcommands.Add(UsersCommands.Create(session, notes));
        root.Subcommands.Add(DemoCommands.Create(session, notes));
        root.Subcommands.Add(SubsidiesCommands.Create(session, notes));
        root.Subcommands.Add(TasksCommands.Create(session));
        foreach (var command in BackupCommands.Create(session, notes))
        {
            root.Subcommands.Add(command);
        }

        notes[root] = $"""
            Configuratie (zoals de webapplicatie):
              appsettings.json naast het programma en in de huidige map, en omgevingsvariabelen:
              Database__Provider        Sqlite (standaard) of Postgres
              ConnectionStrings__Wijkpeil  standaard SQLite in data/wijkpeil.db in de hoofdmap van de broncode (de map
                                        met Wijkpeil.slnx), buiten een broncodemap in de gebruikersmap (wijkpeil/wijkpeil.db
                                        onder ~/.local/share of %LOCALAPPDATA%); los van de huidige map, dus dezelfde
                                        database als de webapplicatie. Hier: {DatabaseOptions.DefaultSqlitePath(session.Configuration)}
              DefaultData__Load         false: bij de eerste start geen standaarddata laden
              {CliConfiguration.LogLevelKey.Replace(":", "__", StringComparison.Ordinal)}              meldingen op stderr vanaf dit niveau (standaard Warning)
              Dezelfde variabelen mogen ook met het voorvoegsel {CliConfiguration.EnvironmentPrefix}.

            Afsluitcodes:
              {ExitCodes.Success}    gelukt
              {ExitCodes.BadInput}    fout in de invoer (bestand, code, filter, configuratie); er is niets opgeslagen
              {ExitCodes.Usage}    verkeerd gebruik (onbekende opdracht of optie, ontbrekend argument)
              {ExitCodes.Failure}    andere fout (database onbereikbaar, fout in Wijkpeil)
              {ExitCodes.Cancelled}  afgebroken met Ctrl+C

            Meer hulp bij een opdracht: {ToolName} <opdracht> --help
            """;
        return root;
    }

    /// <summary>Parse errors on stderr, then the help of the command the user was typing.</summary>
    private static void WriteUsageErrors(ParseResult parseResult, DutchHelpAction help, TextWriter stderr)
    {
        foreach (var message in UsageErrors.Describe(parseResult))
        {
            stderr.WriteLine($"fout: {message}");
        }

        var command = parseResult.CommandResult.Command;
        if (command.Action is null && command.Subcommands.Count > 0 && parseResult.UnmatchedTokens.Count == 0)
        {
            // "wijkpeil" or "wijkpeil import" alone: what can follow is the most useful answer.
            stderr.WriteLine();
            stderr.Write(help.Render(command, includeNotes: false));
            return;
        }

        stderr.WriteLine($"Zie '{DutchHelpAction.CommandPath(ToolName, command)} --help' voor het juiste gebruik.");
    }
}
