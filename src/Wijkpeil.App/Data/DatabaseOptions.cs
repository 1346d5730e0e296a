using Microsoft.Extensions.Configuration;

namespace Wijkpeil.App.Data;

/// <summary>Which database engine holds the data.</summary>
public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}

/// <summary>
/// Database settings, read the same way by the web host and the CLI: <c>Database:Provider</c>
/// (<c>Sqlite</c> or <c>Postgres</c>) and <c>ConnectionStrings:Wijkpeil</c>; as environment variables
/// <c>Database__Provider</c> and <c>ConnectionStrings__Wijkpeil</c>.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The embedded default: a SQLite file relative to the working directory.</summary>
    public const string DefaultSqliteFile = "data/wijkpeil.db";

    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is unknown: use 'Sqlite' (default) or 'Postgres'.");
        }

        var connectionString = configuration.GetConnectionString("Wijkpeil");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Wijkpeil is empty: set ConnectionStrings__Wijkpeil, e.g. 'Host=localhost;Database=wijkpeil;Username=wijkpeil;Password=...'.");
            }

            connectionString = $"Data Source={DefaultSqliteFile}";
        }

        return new DatabaseOptions(provider, connectionString);
    }
}
