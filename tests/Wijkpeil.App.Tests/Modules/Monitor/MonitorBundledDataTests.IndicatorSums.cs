using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// Crimes are published per buurt only (47018NED): the indicator page sums them to wijken and gemeenten (issue 11,
/// point 4), on the real bundled figures, and says so in the ranking, the table, the map data and the download.
/// </summary>
public sealed partial class MonitorBundledDataTests
{
    private const string RemarkNl = "wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt";
    private const string RemarkEn = "what is not assigned to a neighbourhood (such as ‘buurt onbekend’) is missing";
    private const string WijkenOfUtrecht = "/indicatoren/" + Crimes + "?niveau=wijk&binnen=GM0344";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_CrimeOfTheWijkenOfUtrecht_EachTheDerivedSumOfItsBuurten(DatabaseProvider provider)
    {
        var wijken = await ProfileAsync(provider, AreaLevel.District, "GM0344");
        var buurten = await ProfileAsync(provider, AreaLevel.Neighbourhood, "GM0344");

        // Overvecht as on its area page: 2.112 from its 10 buurten, saying so and what it misses.
        var overvecht = wijken.Ranking.Single(r => r.Area.Code == "WK034403");
        Assert.Equal(("2023", 2112.0, true), (overvecht.Figure.PeriodCode, overvecht.Figure.Value!.Value, overvecht.IsDerived));
        Assert.Equal("afgeleid: som van de 10 buurten; " + RemarkNl, overvecht.Derivation!.TextNl);

        // Every buurt of Utrecht has its 2023 count, so every wijk has the sum of its own buurten, and none is left out.
        var sums = buurten.Ranking
            .GroupBy(r => AreaCode.From(r.Area.Code).DerivedParent!.Value.Value)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Sum: g.Sum(r => r.Figure.Value!.Value)));
        Assert.Empty(wijken.WithoutValue);
        Assert.Equal(sums.Keys.Order(), wijken.Ranking.Select(r => r.Area.Code).Order());
        Assert.All(wijken.Ranking, r =>
        {
            Assert.Equal(sums[r.Area.Code].Sum, r.Figure.Value!.Value);
            Assert.StartsWith($"afgeleid: som van de {sums[r.Area.Code].Count} buurten; ", r.Derivation!.TextNl, StringComparison.Ordinal);
        });
        Assert.Equal(wijken.Ranking.Count, wijken.Distribution!.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_CrimeOfTheWijkenOfAmersfoort_SumOfTheBuurtenOfTheNewestLayout(DatabaseProvider provider)
    {
        var wijken = await ProfileAsync(provider, AreaLevel.District, "GM0307");
        var buurten = await ProfileAsync(provider, AreaLevel.Neighbourhood, "GM0307");

        // The register also holds buurten of earlier layouts (WK030702 has BU03070205 beside BU03070200, -02 and -04),
        // which 47018NED 2023 does not count: the wijk's sum is that of its buurten of today, 277 (3 buurten).
        Assert.Contains("BU03070205", buurten.WithoutValue.Select(a => a.Code));
        var wijk = Assert.Single(wijken.Ranking, r => r.Area.Code == "WK030702");
        Assert.Equal(277, wijk.Figure.Value);
        Assert.StartsWith("afgeleid: som van de 3 buurten; ", wijk.Derivation!.TextNl, StringComparison.Ordinal);
        Assert.All(wijken.Ranking, r => Assert.True(r.IsDerived));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_CrimeOfTheGemeentenOfTheProvince_SumsOfTheirBuurtenOthersWithout(DatabaseProvider provider)
    {
        var gemeenten = await ProfileAsync(provider, AreaLevel.Municipality, "PV26");

        // The bundled file counts the buurten of Amersfoort, Utrecht, Zeist and Nieuwegein (their 2023 totals); the
        // province's other gemeenten have no buurt figures, so no sum.
        Assert.Equal(
            [("GM0307", 7_588.0), ("GM0344", 25_395.0), ("GM0355", 2_374.0), ("GM0356", 3_410.0)],
            gemeenten.Ranking.Select(r => (r.Area.Code, r.Figure.Value!.Value)).OrderBy(r => r.Code, StringComparer.Ordinal));
        Assert.All(gemeenten.Ranking, r => Assert.EndsWith("; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt", r.Derivation!.TextNl, StringComparison.Ordinal));
        Assert.NotEmpty(gemeenten.WithoutValue);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_CrimePerThousandInhabitants_FromTheCrimesAndTheAreasOwnInhabitantsOfTheYear(DatabaseProvider provider)
    {
        var wijken = await ProfileAsync(provider, AreaLevel.District, "GM0344", Crimes + "Per1000Inwoners");
        var buurten = await ProfileAsync(provider, AreaLevel.Neighbourhood, "GM0344", Crimes + "Per1000Inwoners");
        var crimes = await ProfileAsync(provider, AreaLevel.Neighbourhood, "GM0344");
        var inhabitants = new Dictionary<AreaLevel, Dictionary<string, double>>();
        foreach (var level in new[] { AreaLevel.District, AreaLevel.Neighbourhood })
        {
            var profile = await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.GetAsync(new IndicatorProfileRequest("AantalInwoners", level, "GM0344", "2023", "totaal"), Audience.Public, TestContext.Current.CancellationToken));
            inhabitants[level] = profile!.Ranking.ToDictionary(r => r.Area.Code, r => r.Figure.Value!.Value);
        }

        // Overvecht: its 2.112 crimes (the sum of its buurten) per 1.000 of its own inhabitants of 2023 (kwb, total).
        var overvecht = wijken.Ranking.Single(r => r.Area.Code == "WK034403");
        Assert.Equal(("2023", "0.0.0"), (wijken.Period, wijken.Breakdown));
        Assert.Equal(Math.Round(1000.0 * 2112 / inhabitants[AreaLevel.District]["WK034403"], 1, MidpointRounding.AwayFromZero), overvecht.Figure.Value!.Value, 9);
        Assert.Equal("afgeleid: 1.000 × GeregistreerdeMisdrijven / AantalInwoners; GeregistreerdeMisdrijven: som van de 10 buurten; " + RemarkNl, overvecht.Derivation!.TextNl);

        // Each buurt from its own count and inhabitants; one without inhabitants of 2023 has no ratio.
        var counts = crimes.Ranking.ToDictionary(r => r.Area.Code, r => r.Figure.Value!.Value);
        var expected = counts.Keys.Where(inhabitants[AreaLevel.Neighbourhood].ContainsKey).Where(b => inhabitants[AreaLevel.Neighbourhood][b] > 0).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), buurten.Ranking.Select(r => r.Area.Code).Order());
        Assert.All(buurten.Ranking, r => Assert.Equal(Math.Round(1000.0 * counts[r.Area.Code] / inhabitants[AreaLevel.Neighbourhood][r.Area.Code], 1, MidpointRounding.AwayFromZero), r.Figure.Value!.Value, 9));
        Assert.All(buurten.Ranking, r => Assert.Equal("afgeleid: 1.000 × GeregistreerdeMisdrijven / AantalInwoners", r.Derivation!.TextNl));
    }

    private async Task<IndicatorProfile> ProfileAsync(DatabaseProvider provider, AreaLevel level, string within, string indicator = Crimes) =>
        (await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.GetAsync(new IndicatorProfileRequest(indicator, level, within), Audience.Public, TestContext.Current.CancellationToken)))!;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorPage_CrimeOfTheWijkenOfUtrecht_TableMapAndDownloadSayWhatIsDerived(DatabaseProvider provider)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(WijkenOfUtrecht, UriKind.Relative), ct));
        var english = await EnglishAsync(client, WijkenOfUtrecht);
        using var map = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/indicatoren/{Crimes}/kaart.geojson?niveau=wijk&binnen=GM0344", UriKind.Relative), ct));
        var csv = await client.GetStringAsync(new Uri($"/indicatoren/{Crimes}/rangorde.csv?niveau=wijk&binnen=GM0344", UriKind.Relative), ct);

        var ratioPage = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/indicatoren/{Crimes}Per1000Inwoners?niveau=wijk&binnen=GM0344", UriKind.Relative), ct));

        Assert.Contains("Afgeleid: som van de buurten; " + RemarkNl + ".", html, StringComparison.Ordinal);
        Assert.Contains("Afgeleid: 1.000 × GeregistreerdeMisdrijven / AantalInwoners, uit de cijfers van hetzelfde jaar en gebied", ratioPage, StringComparison.Ordinal);
        var ratioRow = TableRows().Matches(ratioPage).Select(m => Regex.Replace(m.Value, "<[^>]+>", " ")).Single(r => r.Contains("WK034403", StringComparison.Ordinal));
        Assert.Matches(@"[0-9]+,[0-9]+ per 1\.000 inwoners\s+afgeleid", ratioRow);
        var row = TableRows().Matches(html).Select(m => Regex.Replace(m.Value, "<[^>]+>", " ")).Single(r => r.Contains("WK034403", StringComparison.Ordinal));
        Assert.Matches(@"2\.112\s+afgeleid", row);
        Assert.Contains($"href=\"/indicatoren/{Crimes}/rangorde.csv?niveau=wijk&binnen=GM0344&periode=2023&uitsplitsing=0.0.0\"", html, StringComparison.Ordinal);
        Assert.Contains("Derived: sum of the neighbourhoods; " + RemarkEn + ".", english, StringComparison.Ordinal);

        var overvecht = map.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Single(p => p.GetProperty("code").GetString() == "WK034403");
        Assert.Equal(2112, overvecht.GetProperty("value").GetDouble());
        Assert.True(overvecht.GetProperty("derived").GetBoolean());
        Assert.Equal("afgeleid: som van de 10 buurten; " + RemarkNl, overvecht.GetProperty("derivationNl").GetString());
        Assert.StartsWith("derived: sum of the 10 neighbourhoods; ", overvecht.GetProperty("derivationEn").GetString(), StringComparison.Ordinal);

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(IndicatorRankingCsv.Header, lines[0]);
        Assert.Contains(
            $"{Crimes};wijk;GM0344;2023;0.0.0;",
            lines.Single(l => l.Contains(";WK034403;", StringComparison.Ordinal)),
            StringComparison.Ordinal);
        Assert.EndsWith(
            ";WK034403;Wijk 03 Overvecht;2112;aantal;afgeleid / derived;ja;\"afgeleid: som van de 10 buurten; " + RemarkNl + "\";\"derived: sum of the 10 neighbourhoods; " + RemarkEn + "\"",
            lines.Single(l => l.Contains(";WK034403;", StringComparison.Ordinal)),
            StringComparison.Ordinal);
    }

    private static async Task<string> EnglishAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(HeaderNames.Cookie, ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRows();
}
