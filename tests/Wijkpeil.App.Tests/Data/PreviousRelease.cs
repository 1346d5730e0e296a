using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>A database as an earlier release of Wijkpeil left it: migrated up to that release's last migration only.</summary>
internal static class PreviousRelease
{
    /// <summary>
    /// The name of the last migration of the previous release (the same name on both providers; EF Core finds the
    /// provider's migration by name). BUMP THIS AT EVERY RELEASE to the newest migration that release shipped, so that
    /// the upgrade tests always start from the schema production runs. Nothing is tagged yet: this is the last
    /// migration on main at commit 1701c0a.
    /// </summary>
    public const string LastMigration = "AuditAndApproval";

    /// <summary>A new database of <paramref name="provider"/>, set up as that release's start-up would, migrated to <paramref name="migration"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string migration = LastMigration)
    {
        var database = await TestDatabase.CreateAsync(provider, migrate: false);
        try
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                // What DatabaseInitializer has done to every new file since before that release: 16 KB pages and WAL.
                await using var connection = new SqliteConnection(database.ConnectionString);
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL;";
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            await using var scope = database.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            await db.GetService<IMigrator>().MigrateAsync(migration, TestContext.Current.CancellationToken);
            var applied = await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken);
            Assert.EndsWith("_" + migration, applied.Last(), StringComparison.Ordinal);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }
}
