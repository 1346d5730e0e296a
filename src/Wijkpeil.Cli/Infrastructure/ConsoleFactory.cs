using Spectre.Console;

namespace Wijkpeil.Cli.Infrastructure;

/// <summary>Spectre consoles over the writers the CLI was given, plain text whenever nobody watches.</summary>
internal static class ConsoleFactory
{
    /// <summary>
    /// Width of results that do not go to a terminal (a pipe, a file, a test's writer): nobody resizes a
    /// file, so tables may be wider than a screen, but not so wide that long columns stretch without end.
    /// </summary>
    public const int RedirectedResultWidth = 200;

    /// <summary>Width of messages that do not go to a terminal: a log line must stay one line, so practically unbounded.</summary>
    public const int RedirectedMessageWidth = 10_000;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, int redirectedWidth)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = redirectedWidth;
        }

        return console;
    }
}
