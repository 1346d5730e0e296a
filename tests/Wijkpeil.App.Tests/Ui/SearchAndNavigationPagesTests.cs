using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Monitor;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>Issue 12, points 1 and 2 on the bundled data: search, the area lists, and every area field taking a name.</summary>
public sealed class SearchAndNavigationPagesTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private const string Health = "/indicatoren/ErvarenGezondheidGoedZeerGoed";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchPage_PartOfAName_ListsOvervechtFirstWithLevelAndParent(DatabaseProvider provider)
    {
        var (status, html) = await GetAsync(provider, "/zoeken?q=overv");

        Assert.Equal(HttpStatusCode.OK, status);
        var focus = html.IndexOf("href=\"/programmas/vitale-wijken/gebieden/overvecht\"", StringComparison.Ordinal);
        var wijk = html.IndexOf("href=\"/wijken/WK034403\"", StringComparison.Ordinal);
        Assert.InRange(focus, 0, wijk);
        Assert.Contains("— wijk in Utrecht (WK034403)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchPage_IndicatorByName_And_HeaderFormOnEveryPage(DatabaseProvider provider)
    {
        var (_, html) = await GetAsync(provider, "/zoeken?q=inwoners");
        var (_, home) = await GetAsync(provider, "/wijken");

        Assert.Contains("href=\"/indicatoren/AantalInwoners\"", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"wp-search\" method=\"get\" action=\"/zoeken\"", home, StringComparison.Ordinal);
        Assert.Contains("for=\"zoek-kop\"", home, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreasPage_ProvinciesWithTheirGemeenten(DatabaseProvider provider)
    {
        var (status, html) = await GetAsync(provider, "/wijken");

        Assert.Equal(HttpStatusCode.OK, status);
        var utrecht = html.IndexOf("href=\"/wijken/PV26\"", StringComparison.Ordinal);
        Assert.True(utrecht > 0);
        Assert.True(html.IndexOf("href=\"/wijken/GM0356\">Nieuwegein</a>", utrecht, StringComparison.Ordinal) > utrecht);
        Assert.Equal(12, CountOf(html, "href=\"/wijken/PV"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_GemeenteListsItsWijkenWithInhabitants(DatabaseProvider provider)
    {
        var (_, gemeente) = await GetAsync(provider, "/wijken/GM0344");
        var (_, wijk) = await GetAsync(provider, "/wijken/WK034403");

        Assert.Contains("Wijken in Utrecht (10)", gemeente, StringComparison.Ordinal);
        Assert.Contains("374.238 inwoners (2024, CBS 85984NED).", gemeente, StringComparison.Ordinal);
        Assert.Contains("href=\"/wijken/WK034403\">Wijk 03 Overvecht</a>", gemeente, StringComparison.Ordinal);
        Assert.Contains("35.255 (2024)", gemeente, StringComparison.Ordinal);
        Assert.Contains("Buurten in Wijk 03 Overvecht", wijk, StringComparison.Ordinal);
        Assert.Contains("35.255 inwoners (2024, CBS 85984NED).", wijk, StringComparison.Ordinal);

        // The list's heading is a heading of the page, not folded into a toggle; a short list is open, a long one
        // (a provincie's 26 gemeenten) folds under a line of its own.
        var (_, provincie) = await GetAsync(provider, "/wijken/PV26");
        Assert.Contains("<h2 class=\"utrecht-heading-2\" id=\"gebieden\">Wijken in Utrecht (10)</h2>", gemeente, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>", gemeente[gemeente.IndexOf("id=\"gebieden\"", StringComparison.Ordinal)..gemeente.IndexOf("gebieden-tabel", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<summary>Toon alle 26</summary>", provincie, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorsPage_KernsetPerPillarFirstThenThemes(DatabaseProvider provider)
    {
        var (status, html) = await GetAsync(provider, "/indicatoren");

        Assert.Equal(HttpStatusCode.OK, status);
        var kernset = html.IndexOf("Kernset van", StringComparison.Ordinal);
        var health = html.IndexOf("href=\"/indicatoren/ErvarenGezondheidGoedZeerGoed?programma=vitale-wijken\"", StringComparison.Ordinal);
        var themes = html.IndexOf("Overige indicatoren per thema", StringComparison.Ordinal);
        var cinema = html.IndexOf("<h3 class=\"utrecht-heading-3\">CBS, Kerncijfers wijken en buurten", StringComparison.Ordinal);
        Assert.True(kernset > 0 && kernset < health && health < themes && themes < cinema, $"{kernset} {health} {themes} {cinema}");
    }

    public static TheoryData<string, HttpStatusCode, string> AreaFields { get; } = new()
    {
        { "/vergelijk?gebieden=Overvecht&gebieden=Nieuwegein", HttpStatusCode.OK, "href=\"/wijken/GM0356\">Nieuwegein</a>" },
        { "/vergelijk?gebieden=Utrecht&gebieden=Nieuwegein", HttpStatusCode.BadRequest, "Bedoelde u met ‘Utrecht’ een van deze gebieden?" },
        { "/vergelijk?gebieden=Atlantis&gebieden=Nieuwegein", HttpStatusCode.BadRequest, "‘Atlantis’ staat niet in het gebiedenregister." },
        { Health + "?niveau=wijk&binnen=Nieuwegein", HttpStatusCode.OK, "value=\"Nieuwegein (GM0356)\"" },
        { Health + "?binnen=Utrecht", HttpStatusCode.BadRequest, "href=\"/indicatoren/ErvarenGezondheidGoedZeerGoed?binnen=Utrecht%20(GM0344)\"" },
        { Health + "?binnen=Atlantis", HttpStatusCode.BadRequest, "‘Atlantis’ staat niet in het gebiedenregister." },
        { "/data?gebied=Utrecht&format=csv", HttpStatusCode.BadRequest, "href=\"/data?gebied=Utrecht%20%28PV26%29&amp;format=csv\"" },
        { "/data?gebied=Atlantis", HttpStatusCode.BadRequest, "‘Atlantis’ staat niet in het gebiedenregister." },
    };

    [Theory, MemberData(nameof(AreaFields))]
    public async Task AreaField_NameAmbiguousOrUnknown_AnsweredAtTheField(string path, HttpStatusCode expected, string text)
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var (status, html) = await GetAsync(provider, path);

            Assert.Equal(expected, status);
            Assert.Contains(WebUtility.HtmlDecode(text), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.Contains("<datalist", html, StringComparison.Ordinal);
            Assert.True(CountOf(html, "<option value=") < 500, "the datalist stays small");
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorPage_UnknownName_ShowsNoCountryRanking(DatabaseProvider provider)
    {
        var (status, html) = await GetAsync(provider, Health + "?binnen=Atlantis&niveau=buurt");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("rangorde-tabel", html, StringComparison.Ordinal);
        Assert.True(html.Length < 200_000, $"{html.Length} characters");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DataPage_AreaName_RedirectsToTheDownloadOfItsCode(DatabaseProvider provider)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/data?gebied=Nieuwegein&format=xlsx", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/api/v1/observations?area=GM0356&format=xlsx", response.Headers.Location?.PathAndQuery);
    }

    private static int CountOf(string html, string text) => (html.Length - html.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(DatabaseProvider provider, string path)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
