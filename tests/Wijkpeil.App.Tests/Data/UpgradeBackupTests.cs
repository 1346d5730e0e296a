using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Data;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>The backup every start takes of an existing SQLite database before it migrates it to a new version.</summary>
public sealed class UpgradeBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_SqliteDatabaseOfAnOlderVersion_BacksItUpBesideItFirst()
    {
        await using var database = await PreviousRelease.CreateAsync(DatabaseProvider.Sqlite, "Agenda");
        await ExecuteAsync(database.ConnectionString, """INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES ('GM0344', 'Municipality', 'Utrecht', NULL, '2024')""");
        string newest;
        await using (var scope = database.CreateScope())
        {
            newest = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Database.GetMigrations().Last();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(Ct);
        }

        var backups = Directory.GetFiles(Path.Combine(Folder(database), "backups"));
        var backup = Assert.Single(backups);
        Assert.StartsWith($"wijkpeil-voor-{newest}-", Path.GetFileName(backup), StringComparison.Ordinal);
        var readOnly = new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;
        Assert.EndsWith("_Agenda", await ScalarAsync(readOnly, """SELECT max("MigrationId") FROM "__EFMigrationsHistory" """), StringComparison.Ordinal);
        Assert.Equal("Utrecht", await ScalarAsync(readOnly, """SELECT "Name" FROM areas"""));
        Assert.Equal("ok", await ScalarAsync(readOnly, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Migrate_NewDatabaseOrNothingPending_TakesNoBackup()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(Ct);
        }

        Assert.False(Directory.Exists(Path.Combine(Folder(database), "backups")));
    }

    [Fact]
    public async Task Migrate_BackupBeforeUpgradeFails_MigratesNothing()
    {
        await using var database = await PreviousRelease.CreateAsync(DatabaseProvider.Sqlite, "Agenda");
        await File.WriteAllTextAsync(Path.Combine(Folder(database), "backups"), "een bestand waar de map had moeten komen", Ct);
        await using var scope = database.CreateScope();

        await Assert.ThrowsAnyAsync<IOException>(() => scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(Ct));

        var applied = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Database.GetAppliedMigrationsAsync(Ct);
        Assert.EndsWith("_Agenda", applied.Last(), StringComparison.Ordinal);
    }

    private static string Folder(TestDatabase database) =>
        Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<string> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
