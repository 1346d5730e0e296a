using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>Which database engine holds the data.</summary>
public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}

/// <summary>
/// Database settings, read the same way by the web host and the CLI: <c>Database:Provider</c>
/// (<c>Sqlite</c> or <c>Postgres</c>), <c>ConnectionStrings:Wijkpeil</c> and <c>Database:WriteLockTimeoutSeconds</c>;
/// as environment variables <c>Database__Provider</c>, <c>ConnectionStrings__Wijkpeil</c> and
/// <c>Database__WriteLockTimeoutSeconds</c>.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The embedded default's file name, in <see cref="DataLocation.DefaultFolder(IConfiguration)"/> (not relative to the working directory).</summary>
    public const string DefaultSqliteFileName = "wijkpeil.db";

    /// <summary>The default of <see cref="WriteLockTimeout"/>, in seconds.</summary>
    public const int DefaultWriteLockTimeoutSeconds = 5;

    /// <summary>
    /// How long a write waits for a lock another writer holds (SQLite's one write lock, a PostgreSQL row, table or
    /// advisory lock) before it gives up: the web host then answers 503 with <c>Retry-After</c> instead of letting the
    /// request hang. Reads never wait for a writer (SQLite in WAL mode, PostgreSQL's MVCC).
    /// </summary>
    public TimeSpan WriteLockTimeout { get; init; } = TimeSpan.FromSeconds(DefaultWriteLockTimeoutSeconds);

    /// <summary>
    /// The connection string the provider is given: SQLite's default busy wait (used by BEGIN IMMEDIATE) and
    /// PostgreSQL's <c>lock_timeout</c> set to <see cref="WriteLockTimeout"/>.
    /// </summary>
    public string EffectiveConnectionString => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString) { DefaultTimeout = WriteLockTimeoutSeconds }.ConnectionString
        : WithLockTimeout(new NpgsqlConnectionStringBuilder(ConnectionString)).ConnectionString;

    /// <summary><see cref="WriteLockTimeout"/> in whole seconds, at least 1.</summary>
    public int WriteLockTimeoutSeconds => Math.Max(1, (int)Math.Ceiling(WriteLockTimeout.TotalSeconds));

    private NpgsqlConnectionStringBuilder WithLockTimeout(NpgsqlConnectionStringBuilder builder)
    {
        // Sent once with the connection's start-up packet, so it costs no round trip and survives pooling.
        var option = string.Create(CultureInfo.InvariantCulture, $"-c lock_timeout={(long)WriteLockTimeout.TotalMilliseconds}");
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? option : builder.Options + " " + option;
        return builder;
    }

    /// <summary>The SQLite file used when <c>ConnectionStrings:Wijkpeil</c> is not set.</summary>
    public static string DefaultSqlitePath(IConfiguration configuration) =>
        Path.Combine(DataLocation.DefaultFolder(configuration), DefaultSqliteFileName);

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

            // An absolute path, so the web host and the CLI open the same file wherever they were started from.
            connectionString = new SqliteConnectionStringBuilder { DataSource = DefaultSqlitePath(configuration) }.ConnectionString;
        }

        var timeoutText = configuration["Database:WriteLockTimeoutSeconds"];
        var timeout = DefaultWriteLockTimeoutSeconds;
        if (!string.IsNullOrWhiteSpace(timeoutText)
            && (!int.TryParse(timeoutText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out timeout) || timeout is < 1 or > 600))
        {
            throw new InvalidOperationException(
                $"Database:WriteLockTimeoutSeconds '{timeoutText}' is not a whole number of seconds from 1 to 600.");
        }

        return new DatabaseOptions(provider, connectionString) { WriteLockTimeout = TimeSpan.FromSeconds(timeout) };
    }
}
