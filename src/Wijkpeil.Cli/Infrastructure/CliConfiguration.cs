using Microsoft.Extensions.Configuration;

namespace Wijkpeil.Cli.Infrastructure;

/// <summary>
/// Reads the settings the way the web host does, so both see the same database: appsettings.json (and
/// appsettings.{environment}.json) beside the executable and in the working directory, then environment
/// variables such as <c>Database__Provider</c> and <c>ConnectionStrings__Wijkpeil</c>.
/// </summary>
internal static class CliConfiguration
{
    /// <summary>Environment variables with this prefix win over unprefixed ones (<c>WIJKPEIL_Database__Provider</c>).</summary>
    public const string EnvironmentPrefix = "WIJKPEIL_";

    /// <summary>Minimum level of log messages on stderr (default Warning); the web host's Logging section is not used, see <see cref="LogLevelFrom"/>.</summary>
    public const string LogLevelKey = "Cli:LogLevel";

    public static IConfiguration Build(IConfiguration? overrides)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        var builder = new ConfigurationBuilder();

        // The working directory comes last so a deployment's settings beat whatever ships with the tool.
        foreach (var folder in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }.Distinct(StringComparer.Ordinal))
        {
            builder.AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: true, reloadOnChange: false);
            builder.AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables();
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.AddConfiguration(overrides);
        }

        return builder.Build();
    }

    /// <summary>
    /// The CLI's log level. Deliberately not <c>Logging:LogLevel</c>: the web host's appsettings.json sets
    /// that to Information, which would print every SQL statement of an import to the operator's terminal.
    /// </summary>
    public static Microsoft.Extensions.Logging.LogLevel LogLevelFrom(IConfiguration configuration)
    {
        var text = configuration[LogLevelKey];
        return Enum.TryParse<Microsoft.Extensions.Logging.LogLevel>(text, ignoreCase: true, out var level)
            ? level
            : Microsoft.Extensions.Logging.LogLevel.Warning;
    }
}
