using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Monitor;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// How many SQL commands a cold public page costs (a new host over the embedded default: empty output cache, no data
/// version looked up yet, a fresh scope), on both providers. The budgets are upper bounds so that a page cannot
/// quietly grow; the area page and the overview are at today's numbers and are to come down to 10.
/// </summary>
public sealed class PageQueryBudgetTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private const string IndicatorWithinUtrecht = "/indicatoren/ErvarenGezondheidGoedZeerGoed?niveau=wijk&binnen=GM0344";

    // Measured when the harness came (issue 10): 34 and 15 commands on both providers; the indicator page went from 11 to 6 (budget 8).
    private const int AreaPageToday = 34;
    private const int OverviewToday = 15;
    private const int IndicatorPage = 8;

    public static TheoryData<DatabaseProvider, string, int> Budgets { get; } = new()
    {
        { DatabaseProvider.Sqlite, "/wijken/WK034403", AreaPageToday },
        { DatabaseProvider.Postgres, "/wijken/WK034403", AreaPageToday },
        { DatabaseProvider.Sqlite, "/", OverviewToday },
        { DatabaseProvider.Postgres, "/", OverviewToday },
        { DatabaseProvider.Sqlite, IndicatorWithinUtrecht, IndicatorPage },
        { DatabaseProvider.Postgres, IndicatorWithinUtrecht, IndicatorPage },
    };

    [Theory, MemberData(nameof(Budgets))]
    public async Task ColdPage_SqlCommands_WithinBudget(DatabaseProvider provider, string path, int budget)
    {
        var (status, commands) = await ColdAsync(provider, path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(commands.Count <= budget, SqlCommandLog.Describe(path, commands));
    }

    /// <summary>
    /// "Wijken within GM0344" and its map read the wijken of Utrecht, not every wijk of the country: every command that
    /// selects areas by level also names a parent (the SQL text is the evidence, on both providers).
    /// </summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorPageAndMapWithinGemeente_NeverSelectAreasByLevelAlone(DatabaseProvider provider)
    {
        foreach (var path in new[] { IndicatorWithinUtrecht, "/indicatoren/ErvarenGezondheidGoedZeerGoed/kaart.geojson?niveau=wijk&binnen=GM0344" })
        {
            var (status, commands) = await ColdAsync(provider, path);

            Assert.Equal(HttpStatusCode.OK, status);
            var byLevel = commands.Where(c => c.Contains("\"Level\"", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(byLevel);
            Assert.All(byLevel, c => Assert.True(c.Contains("\"ParentCode\"", StringComparison.Ordinal), SqlCommandLog.Describe(path, byLevel)));
        }
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<string> Commands)> ColdAsync(DatabaseProvider provider, string path)
    {
        var database = await fixture.DatabaseAsync(provider);
        var log = new SqlCommandLog();
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false, commands: log);
        using var client = app.CreateClient();
        var (response, commands) = await log.GetAsync(client, path, TestContext.Current.CancellationToken);
        using (response)
        {
            return (response.StatusCode, commands);
        }
    }
}
