using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wijkpeil.App.Data;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database of either provider for one test: a temporary SQLite file, or a new database
/// on the PostgreSQL server named by <c>WIJKPEIL_TEST_POSTGRES</c> (started by build/test.sh). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WIJKPEIL_TEST_POSTGRES";

    private readonly string _folder;
    private readonly string? _postgresAdminConnection;
    private readonly string? _postgresDatabase;

    private TestDatabase(DatabaseProvider provider, string connectionString, string folder, string? postgresAdminConnection, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresAdminConnection = postgresAdminConnection;
        _postgresDatabase = postgresDatabase;
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWijkpeil(Configuration);
        Services = services.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration a host would read: Database:Provider and ConnectionStrings:Wijkpeil.</summary>
    public IConfiguration Configuration { get; }

    public ServiceProvider Services { get; }

    /// <summary>Where the web host writes its pre-built downloads of the whole data set: this database's own folder.</summary>
    public string ExportsFolder => Path.Combine(_folder, "exports");

    /// <summary>The settings as key/value pairs, to hand to a web host or CLI under test.</summary>
    public IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Wijkpeil"] = ConnectionString,
        ["Exports:Folder"] = ExportsFolder,
    };

    /// <summary>Creates an empty database with the schema applied (and nothing loaded).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        TestDatabase database;
        var folder = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (provider == DatabaseProvider.Sqlite)
        {
            database = new TestDatabase(provider, $"Data Source={Path.Combine(folder, "wijkpeil.db")};Pooling=False", folder, null, null);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException(
                    $"{PostgresVariable} is not set. PostgreSQL integration tests are required: run ./build/test.sh, which installs and starts a local server.");
            }

            var name = "wijkpeil_t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"CREATE DATABASE \"{name}\"";
                await command.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            database = new TestDatabase(provider, builder.ConnectionString, folder, admin, name);
        }

        if (migrate)
        {
            await using var scope = database.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        return database;
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>
    /// On PostgreSQL, waits until no other session is busy in this database: the server process of a killed client goes
    /// on with its statement, holding its locks, until it next talks to the client. SQLite has no such sessions.
    /// </summary>
    public async Task WaitForOtherSessionsAsync(TimeSpan limit)
    {
        if (_postgresAdminConnection is null)
        {
            return;
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(_postgresAdminConnection);
        await connection.OpenAsync();
        while (true)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid() AND state <> 'idle'";
            command.Parameters.AddWithValue("name", _postgresDatabase!);
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                return;
            }

            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"Another session was still busy in {_postgresDatabase} after {limit.TotalSeconds:F0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finalising connection; the temp folder is cleaned by the OS.
        }

        if (_postgresAdminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdminConnection);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Theory data: every integration test that touches the database runs on both providers.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
}
