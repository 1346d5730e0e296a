using System.Net;
using Wijkpeil.App.Data;
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

    // Measured when the harness came (issue 10): 34, 15 and 11 commands on both providers.
    private const int AreaPageToday = 34;
    private const int OverviewToday = 15;
    private const int IndicatorPageToday = 11;

    public static TheoryData<DatabaseProvider, string, int> Budgets { get; } = new()
    {
        { DatabaseProvider.Sqlite, "/wijken/WK034403", AreaPageToday },
        { DatabaseProvider.Postgres, "/wijken/WK034403", AreaPageToday },
        { DatabaseProvider.Sqlite, "/", OverviewToday },
        { DatabaseProvider.Postgres, "/", OverviewToday },
        { DatabaseProvider.Sqlite, IndicatorWithinUtrecht, IndicatorPageToday },
        { DatabaseProvider.Postgres, IndicatorWithinUtrecht, IndicatorPageToday },
    };

    [Theory, MemberData(nameof(Budgets))]
    public async Task ColdPage_SqlCommands_WithinBudget(DatabaseProvider provider, string path, int budget)
    {
        var (status, commands) = await ColdAsync(provider, path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(commands.Count <= budget, SqlCommandLog.Describe(path, commands));
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
