extern alias web;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Npgsql;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Tests.Infrastructure;

/// <summary>
/// The real web host (Wijkpeil.Web's Program, real migrations) over a <see cref="TestDatabase"/>, without the
/// embedded default data: each test seeds exactly what it asserts on.
/// </summary>
/// <param name="database">The database the host reads.</param>
/// <param name="ownsDatabase">Whether disposing the host drops the database; false for a database a fixture shares.</param>
/// <param name="commands">When given, every SQL command the host runs is recorded per request (<see cref="SqlCommandLog"/>).</param>
public sealed class WijkpeilAppFactory(TestDatabase database, bool ownsDatabase = true, SqlCommandLog? commands = null) : WebApplicationFactory<web::Program>
{
    public TestDatabase Database { get; } = database;

    /// <summary>A new database of the provider, seeded by <paramref name="seed"/>, and the app over it; disposing disposes both.</summary>
    public static async Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider, Func<TestDatabase, Task>? seed = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            if (seed is not null)
            {
                await seed(database);
            }

            return new WijkpeilAppFactory(database);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Makes the database unreachable while the app runs, as an outage would: the SQLite file disappears,
    /// the PostgreSQL database is dropped.
    /// </summary>
    public async Task TakeDatabaseAwayAsync()
    {
        if (Database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource);
            return;
        }

        var admin = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        var name = new NpgsqlConnectionStringBuilder(Database.ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: with minimal hosting, Program reads
        // builder.Configuration before the factory's configuration callbacks would run.
        foreach (var (key, value) in Database.Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting(WijkpeilStartup.LoadDefaultDataKey, "false");
        builder.UseSetting("Scheduling:Enabled", "false"); // a test runs a daily task itself, at the moment it means
        builder.ConfigureTestServices(YieldingReads.Register); // idle unless a request carries its header
        if (commands is not null)
        {
            builder.ConfigureTestServices(commands.Register);
        }
    }
}
