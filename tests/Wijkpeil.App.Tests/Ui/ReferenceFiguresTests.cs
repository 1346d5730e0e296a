using System.Net;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// Reference cells hold (issue 11, point 5): a reference shows its figure of the area's period, else its nearest
/// earlier one with that period named, so that importing a year for one area never empties or changes the reference
/// cells beside it; a reference without any figure (here the provincie) gets no column and is not promised.
/// </summary>
public sealed partial class ReferenceFiguresTests
{
    private const string Overvecht = "/wijken/WK034403";
    private const string Factsheet2020 = "/programmas/vitale-wijken/factsheets/overvecht/meting-2020";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportingANewYearForOvervechtOnly_KeepsTheUtrechtAndNetherlandsCellsWithTheirPeriod(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();
        // Read through an address of its own, so that the page read afterwards is rendered, not the cached one.
        var before = HealthRow(await PageAsync(client, Overvecht + "?programma=vitale-wijken"));

        await ApiTestData.ImportAsync(
            app.Database,
            publish: true,
            "gezondheidsmonitor-2022-overvecht.csv",
            "50090NED",
            ("WK034403", ApiTestData.Health, "2022", "18+", 55.5, 51.2, 59.8, 412));
        var after = HealthRow(await PageAsync(client, Overvecht));

        Assert.StartsWith("Ervaren gezondheid goed of zeer goed 69,9% (2020) [66,6 – 73,2] geen cijfer", before, StringComparison.Ordinal);
        Assert.Contains("75,3% [74,1 – 76,5]", before, StringComparison.Ordinal);
        Assert.Contains("71,2%", before, StringComparison.Ordinal);
        Assert.DoesNotContain("75,3% (2020)", before, StringComparison.Ordinal);
        Assert.StartsWith("Ervaren gezondheid goed of zeer goed 55,5% (2022) [51,2 – 59,8] 69,9% (2020) [66,6 – 73,2]", after, StringComparison.Ordinal);
        Assert.Contains("75,3% (2020) [74,1 – 76,5]", after, StringComparison.Ordinal);
        Assert.Contains("71,2% (2020)", after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AReferenceWithoutFigures_GetsNoColumnAndTheFactsheetPromisesOnlyWhatItShows(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();

        var page = await PageAsync(client, Overvecht);
        var factsheet = await PageAsync(client, Factsheet2020);

        Assert.DoesNotContain(">Utrecht (PV) (provincie)</th>", page, StringComparison.Ordinal);
        Assert.Contains(">Utrecht (gemeente)</th>", page, StringComparison.Ordinal);
        Assert.Contains("de vergelijking met Utrecht (gemeente), Nederland.", factsheet, StringComparison.Ordinal);
        Assert.DoesNotContain("provincie en Nederland", factsheet, StringComparison.Ordinal);
        Assert.DoesNotContain(">Utrecht (PV) (provincie)</th>", factsheet, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AFactsheetReferenceWithoutAFigureOfTheWave_ShowsItsEarlierFigureWithItsPeriod(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        await ApiTestData.ImportAsync(
            app.Database,
            publish: true,
            "gezondheidsmonitor-2016-provincie.csv",
            "50090NED",
            ("PV26", ApiTestData.Health, "2016", "18+", 72.4, 71.8, 73.0, 21_000));
        using var client = app.CreateClient();

        var factsheet = await PageAsync(client, Factsheet2020);

        Assert.Contains(">Utrecht (PV) (provincie)</th>", factsheet, StringComparison.Ordinal);
        Assert.Contains("72,4% (2016) [71,8 – 73]", Text(factsheet), StringComparison.Ordinal);
        Assert.Contains("75,3% [74,1 – 76,5]", Text(factsheet), StringComparison.Ordinal);
        Assert.Contains("de vergelijking met Utrecht (gemeente), Utrecht (PV) (provincie), Nederland.", factsheet, StringComparison.Ordinal);
    }

    /// <summary>
    /// Overvecht 2020 and the gemeente Utrecht and the Netherlands in 2020; the provincie (a reference of the
    /// programme) has no figure at all.
    /// </summary>
    private static async Task SeedAsync(TestDatabase database)
    {
        await ApiTestData.SeedRegisterAsync(database);
        await ApiTestData.ImportAsync(
            database,
            publish: true,
            "gezondheidsmonitor-2020.csv",
            "50090NED",
            ("WK034403", ApiTestData.Health, "2020", "18+", 69.9, 66.6, 73.2, 420),
            ("GM0344", ApiTestData.Health, "2020", "18+", 75.3, 74.1, 76.5, 4877),
            ("NL00", ApiTestData.Health, "2020", "18+", 71.2, null, null, null));
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The text of the health indicator's row in the area page's pillar table (not its trend table).</summary>
    private static string HealthRow(string html)
    {
        var row = PillarRow().Matches(html).Select(m => m.Value).Single(r => r.Contains(ApiTestData.Health + "?gebied=", StringComparison.Ordinal));
        return Text(row);
    }

    private static string Text(string html) => Spaces().Replace(Tags().Replace(html, " "), " ").Trim();

    [GeneratedRegex("""<tr class="utrecht-table__row">\s*<th class="utrecht-table__header-cell wp-figures__indicator".*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex PillarRow();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
