using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Wijkpeil.Cli.Infrastructure;

/// <summary>
/// Logging for a console tool: messages at or above the configured level go to stderr (never stdout, which
/// carries exports), and the default-data loader's progress messages feed the first-start status display
/// instead of scrolling past as log lines.
/// </summary>
internal sealed class CliLoggerProvider(IAnsiConsole stderr, LogLevel minimum) : ILoggerProvider
{
    /// <summary>Loggers under this namespace report the first-start load, which can take minutes.</summary>
    private const string FirstStartCategory = "Wijkpeil.App.DefaultData";

    private Action<string>? _firstStartProgress;

    /// <summary>The lowest level any logger of this provider wants, for the logging framework's global filter.</summary>
    public LogLevel MinimumLevel => minimum < LogLevel.Information ? minimum : LogLevel.Information;

    /// <summary>Receives the first-start progress messages while the start-up runs; null otherwise.</summary>
    public Action<string>? FirstStartProgress
    {
        get => Volatile.Read(ref _firstStartProgress);
        set => Volatile.Write(ref _firstStartProgress, value);
    }

    public ILogger CreateLogger(string categoryName) => new CliLogger(this, categoryName, minimum);

    public void Dispose()
    {
        // Nothing buffered: every message is written when it is logged.
    }

    private void Write(string categoryName, LogLevel level, string message, Exception? exception)
    {
        if (level < minimum)
        {
            FirstStartProgress?.Invoke(message);
            return;
        }

        var (label, style) = level switch
        {
            LogLevel.Critical => ("kritiek", new Style(Color.Red)),
            LogLevel.Error => ("fout", new Style(Color.Red)),
            LogLevel.Warning => ("waarschuwing", new Style(Color.Yellow)),
            LogLevel.Information => ("info", Style.Plain),
            _ => ("debug", new Style(Color.Grey)),
        };
        var text = $"{label}: {categoryName}: {message}";
        if (exception is not null)
        {
            // Stack traces help a developer, not an operator: only with a debug level configured.
            text += Environment.NewLine + (minimum <= LogLevel.Debug ? exception.ToString() : exception.Message);
        }

        stderr.Write(new Text(text + Environment.NewLine, style));
    }

    private sealed class CliLogger(CliLoggerProvider provider, string categoryName, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        private readonly bool _reportsFirstStart = categoryName.StartsWith(FirstStartCategory, StringComparison.Ordinal);

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel != LogLevel.None
            && (logLevel >= minimum || (_reportsFirstStart && logLevel >= LogLevel.Information));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                provider.Write(categoryName, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
