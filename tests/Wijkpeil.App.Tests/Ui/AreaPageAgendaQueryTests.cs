using System.Net;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Monitor;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// The agenda part of a cold area page (its focus areas' projects with outputs and timelines, and their stories) is a
/// fixed number of SQL commands, at most three, however many projects, outputs and stories there are: one projection
/// instead of the split include, the stories with their area names in one join.
/// </summary>
public sealed partial class AreaPageAgendaQueryTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ColdAreaPage_AgendaPart_AtMostThreeSqlCommands(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await fixture.DatabaseAsync(provider);
        var log = new SqlCommandLog();
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false, commands: log);
        using var client = app.CreateClient();

        var (response, commands) = await log.GetAsync(client, "/wijken/WK034403", ct);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("href=\"/agenda/", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        var agenda = commands.Where(c => AgendaTable().IsMatch(c)).ToList();
        Assert.InRange(agenda.Count, 1, 3);
    }

    [GeneratedRegex("""(FROM|JOIN)\s+"?(projects|project_\w+|output_\w+|progress_\w+|funding_\w+|stories)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaTable();
}
