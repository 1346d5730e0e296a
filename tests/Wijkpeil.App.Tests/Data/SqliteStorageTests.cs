using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// How the SQLite file stores observations, which the import benchmark depends on and EF Core knows nothing
/// about: a later migration that rebuilds the table would silently undo it.
/// </summary>
public sealed class SqliteStorageTests
{
    [Fact]
    public async Task Migrate_ObservationsTable_IsStoredInKeyOrderWithoutRowid()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var sql = await ScalarAsync(database, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'observations'");

        Assert.EndsWith(") WITHOUT ROWID", sql.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("""PRIMARY KEY ("IndicatorId", "PeriodId", "BreakdownId", "AreaId")""", sql, StringComparison.Ordinal);
        Assert.Equal("0", await ScalarAsync(database, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL"));
    }

    [Fact]
    public async Task Migrate_PendingObservationsTable_IsStoredInBatchOrderWithoutRowid()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var sql = await ScalarAsync(database, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'pending_observations'");

        Assert.EndsWith(") WITHOUT ROWID", sql.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("""PRIMARY KEY ("ImportBatchId", "Sequence")""", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_NewFile_Uses16KbPagesAndWriteAheadLogging()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        Assert.Equal("16384", await ScalarAsync(database, "PRAGMA page_size"));
        Assert.Equal("wal", await ScalarAsync(database, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task ThroughKey_OneArea_SeeksThePrimaryKeyInsteadOfScanningTheTable()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<IIndicatorCatalogue>();
        var query = db.Observations.ThroughKey(db, catalogue).Where(o => o.AreaId == 42).ToQueryString();

        var plan = await PlanAsync(db, query);

        Assert.Contains(plan, step => step.StartsWith("SEARCH o USING PRIMARY KEY (IndicatorId=? AND PeriodId=? AND BreakdownId=? AND AreaId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN o", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutThroughKey_OneArea_ScansTheTable()
    {
        // The control for the test above: without naming the key's leading columns, SQLite reads every row.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var query = db.Observations.Where(o => o.AreaId == 42).ToQueryString();

        var plan = await PlanAsync(db, query);

        Assert.Equal(["SCAN o"], plan);
    }

    /// <summary>The steps of SQLite's plan; EF Core names the observations table "o".</summary>
    private static async Task<List<string>> PlanAsync(WijkpeilDbContext db, string query)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var steps = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    private static async Task<string> ScalarAsync(TestDatabase database, string sql)
    {
        await using var scope = database.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
