using System.Net;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Monitor;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// Issue 12, point 6: on a phone a table of figures (class wp-reflow) shows each figure beside its column's name,
/// taken from the cell's data-label. A cell without one would show a figure nobody can place, so every figure cell
/// of such a table on the bundled data names its column, and names it as the table's header does.
/// </summary>
public sealed partial class ReflowTablesTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    public static TheoryData<DatabaseProvider, string> Pages => new()
    {
        { DatabaseProvider.Sqlite, "/" },
        { DatabaseProvider.Sqlite, "/wijken/WK034403" },
        { DatabaseProvider.Sqlite, "/programmas/vitale-wijken/gebieden/batau" },
        { DatabaseProvider.Sqlite, "/vergelijk?gebieden=Batau&gebieden=Overvecht&gebieden=Nieuwegein" },
        { DatabaseProvider.Postgres, "/programmas/vitale-wijken/gebieden/batau" },
        { DatabaseProvider.Postgres, "/vergelijk?gebieden=Batau&gebieden=Overvecht&gebieden=Nieuwegein" },
    };

    [Theory, MemberData(nameof(Pages))]
    public async Task FigureTables_EveryCellNamesItsColumn(DatabaseProvider provider, string path)
    {
        var html = await GetAsync(provider, path);

        var tables = ReflowTable().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var headers = HeaderCell().Matches(table.Split("</thead>")[0]).Select(m => Text(m.Groups[1].Value)).Skip(1).ToList();
            var rows = BodyRow().Matches(table).Select(m => m.Value).ToList();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var cells = Cell().Matches(row).ToList();
                Assert.NotEmpty(cells);
                Assert.All(cells, c => Assert.False(string.IsNullOrWhiteSpace(c.Groups["label"].Value), $"{path}: a cell without data-label in {row[..Math.Min(200, row.Length)]}"));
                Assert.Equal(headers.Take(cells.Count), cells.Select(c => WebUtility.HtmlDecode(c.Groups["label"].Value)));
            }
        }
    }

    private async Task<string> GetAsync(DatabaseProvider provider, string path)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    // A column header's text without its tags (and without a CBS code beside an area's name on the compare page).
    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(CodeSpan().Replace(html, string.Empty), string.Empty)).Trim();

    [GeneratedRegex("""<table class="[^"]*\bwp-reflow\b[^"]*">.*?</table>""", RegexOptions.Singleline)]
    private static partial Regex ReflowTable();

    [GeneratedRegex("""<th class="utrecht-table__header-cell[^"]*" scope="col">(.*?)</th>""", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    [GeneratedRegex("""<tr class="utrecht-table__row">\s*<th[^>]*scope="row".*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("""<td class="[^"]*"(?: data-label="(?<label>[^"]*)")?""")]
    private static partial Regex Cell();

    [GeneratedRegex("""<span class="wp-muted">[^<]*</span>""")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
