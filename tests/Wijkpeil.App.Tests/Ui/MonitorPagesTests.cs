using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// The public pages as a reader gets them, on hand-made figures whose statistics are known: Overvecht's
/// 63,5 [60,1; 66,9] (n=412) in 2016 and 69,9 [66,6; 73,2] (n=420) in 2020 differ significantly
/// (z = 2,65, p = 0,008, worked out in the domain tests); a buurt with 12 respondents is hidden.
/// </summary>
public sealed class MonitorPagesTests
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_TwoWavesWithIntervals_ShowsValuesSignificantImprovementAndReferences(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (status, html) = await GetAsync(app, "/wijken/WK034403");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Overvecht</h1>", html, StringComparison.Ordinal);
        Assert.Contains("69,9%", html, StringComparison.Ordinal);
        Assert.Contains("63,5%", html, StringComparison.Ordinal);
        Assert.Contains("[66,6 – 73,2]", html, StringComparison.Ordinal);
        Assert.Contains("data-claim=\"significant-better\"", html, StringComparison.Ordinal);
        Assert.Contains("<span>beter</span><span class=\"wp-muted\"> (+6,4 %-punt)</span>", html, StringComparison.Ordinal);
        Assert.Contains("significant (p = 0,008)", html, StringComparison.Ordinal);
        Assert.Contains("75,3%", html, StringComparison.Ordinal); // gemeente Utrecht, 2020
        Assert.Contains("Utrecht (gemeente)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("wp-chart-spec", html, StringComparison.Ordinal);
        Assert.Contains("data-spec-src=\"/wijken/WK034403/trends/ervaren_gezondheid_goed.json?programma=vitale-wijken", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaTrendChart_FetchedByTheFoldedChart_HasTheSeriesInThePagesLanguage(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        const string Path = "/wijken/WK034403/trends/ervaren_gezondheid_goed.json?programma=vitale-wijken&uitsplitsing=18%2B";

        var (status, json) = await GetAsync(app, Path);
        var (_, english) = await GetAsync(app, Path, EnglishCookie);
        var (unknown, _) = await GetAsync(app, "/wijken/WK034403/trends/Onbekend.json?programma=vitale-wijken");
        var (suppressedOnly, _) = await GetAsync(app, "/wijken/BU03440301/trends/ervaren_gezondheid_goed.json?programma=vitale-wijken&uitsplitsing=18%2B");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"value\":63.5", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":69.9", json, StringComparison.Ordinal);
        Assert.Contains("\"lower\":66.6", json, StringComparison.Ordinal);
        Assert.Contains("per meting", json, StringComparison.Ordinal);
        Assert.Contains("per measurement", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.NotFound, suppressedOnly);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_FewerRespondentsThanTheThreshold_HidesTheFigureAndSaysWhy(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (_, html) = await GetAsync(app, "/wijken/BU03440301");

        Assert.Contains("niet getoond", html, StringComparison.Ordinal);
        Assert.Contains("gebaseerd op 12 respondenten, minder dan de ondergrens van 30", html, StringComparison.Ordinal);
        Assert.DoesNotContain("41,2", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_DraftFigure_IsNotShownToThepublic(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (_, html) = await GetAsync(app, "/wijken/GM0356");

        Assert.DoesNotContain("77,7", html, StringComparison.Ordinal);
        Assert.Contains("geen cijfer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreaPage_EnglishCookie_UsesEnglishTextsAndNumbers()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);

        var (_, html) = await GetAsync(app, "/wijken/WK034403", EnglishCookie);

        Assert.Contains("69.9%", html, StringComparison.Ordinal);
        Assert.Contains("better", html, StringComparison.Ordinal);
        Assert.Contains("significant (p = 0.008)", html, StringComparison.Ordinal);
        Assert.Contains("Perceived health good or very good", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/wijken/WK999999")]
    [InlineData("/wijken/onzin")]
    [InlineData("/indicatoren/bestaat_niet")]
    [InlineData("/factsheets/overvecht/1999")]
    [InlineData("/factsheets/nergens/2020")]
    [InlineData("/programmas/vitale-wijken/factsheets/overvecht/meting-1999")]
    [InlineData("/programmas/nergens/factsheets/overvecht/meting-2020")]
    [InlineData("/programmas/nergens")]
    public async Task Page_UnknownSubject_Is404HtmlPage(string path)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);

        var (status, html) = await GetAsync(app, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_FocusAreaWithSignificantImprovement_CountsIt()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);

        var (_, html) = await GetAsync(app, "/");

        Assert.Contains("Vitale Wijken", html, StringComparison.Ordinal);
        Assert.Contains("1 significant beter", html, StringComparison.Ordinal);
        // Only the significant counts show when they are 0; an untested movement would be listed when there is one.
        Assert.Contains("0 significant slechter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hoger of lager, niet te toetsen of niet significant</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/wijken/WK034403\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ComparePage_TwoAreas_ShowsBothColumns(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (status, html) = await GetAsync(app, "/vergelijk?gebieden=WK034403,GM0344");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("69,9%", html, StringComparison.Ordinal);
        Assert.Contains("75,3%", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WK034403,GM0344,GM0356,PV26,NL00,WK034401,WK030703", "U gaf 7 gebieden op; vergelijk er ten hoogste 6 tegelijk.")]
    [InlineData("WK034403,XX12,WK999999", "staat niet in het gebiedenregister.")]
    [InlineData("WK034403", "Geef ten minste twee verschillende gebieden op.")]
    public async Task ComparePage_WrongChoice_Is400WithTheReasonAtTheField(string codes, string message)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);

        var (status, html) = await GetAsync(app, "/vergelijk?gebieden=" + Uri.EscapeDataString(codes));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FactsheetPage_FocusAreaAndWave_ShowsFiguresLegendAndDataVersion(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (status, html) = await GetAsync(app, "/programmas/vitale-wijken/factsheets/overvecht/meting-2020");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Factsheet Overvecht, Meting 2020", html, StringComparison.Ordinal);
        Assert.Contains("69,9%", html, StringComparison.Ordinal);
        Assert.Contains("was 63,5% in 2016", html, StringComparison.Ordinal);
        Assert.Contains("Zo leest u de tekens", html, StringComparison.Ordinal);
        Assert.Contains("Gegevensversie: cijfers bijgewerkt op", html, StringComparison.Ordinal);
        Assert.DoesNotContain("importbatch", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/programmas/vitale-wijken/factsheets/overvecht/meting-2020.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/programmas/vitale-wijken/factsheets/overvecht/meting-2016\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_WithinTheGemeente_RanksItsWijkenAndDrawsTheMapFromItsOwnData()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedWithBoundaryAsync);

        var (status, html) = await GetAsync(app, "/indicatoren/" + ApiTestData.Health + "?gebied=WK034403");
        var (mapStatus, map) = await GetAsync(app, "/indicatoren/" + ApiTestData.Health + "/kaart.geojson?niveau=wijk&binnen=GM0344&periode=2020&uitsplitsing=18%2B");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("gekozen gebied", html, StringComparison.Ordinal);
        Assert.Contains("kaart.geojson?niveau=wijk\\u0026binnen=GM0344", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mapStatus);
        using var geoJson = System.Text.Json.JsonDocument.Parse(map);
        var feature = Assert.Single(geoJson.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("WK034403", feature.GetProperty("properties").GetProperty("code").GetString());
        Assert.Equal(69.9, feature.GetProperty("properties").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task IndicatorMap_UnknownLevel_Is400ProblemJson()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/indicatoren/" + ApiTestData.Health + "/kaart.geojson?niveau=straat", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("nl-NL", "Niveau 'straat' bestaat niet: kies gemeente, wijk of buurt.")]
    [InlineData("en-GB,en;q=0.9", "Level 'straat' does not exist: choose gemeente, wijk or buurt.")]
    public async Task IndicatorMap_UnknownLevel_CodeAndTextInTheAcceptLanguageAtFieldNiveau(string language, string expected)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/indicatoren/" + ApiTestData.Health + "/kaart.geojson?niveau=straat");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("monitor.map.level", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(expected, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(expected, problem.RootElement.GetProperty("errors").GetProperty("niveau")[0].GetString());
    }

    [Fact]
    public async Task DataPage_Anonymous_LinksEveryDownloadAndTheApiReferenceServedLocally()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);

        var (_, html) = await GetAsync(app, "/data");
        var (scalarStatus, scalar) = await GetAsync(app, "/scalar/v1");

        // Everything is asked about first (issue 12): the links lead to /data's question, not to 87 MB at once.
        Assert.Contains("href=\"/data?alles=csv#alles\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/data?alles=xlsx#alles\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja, alles downloaden", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/scalar/v1\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, scalarStatus);
        Assert.DoesNotContain("cdn.jsdelivr.net", scalar, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DataPage_EverythingFromABrowser_SaysRowsAndMegabytesAndAsksBeforeSending(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        int published;
        await using (var scope = app.Database.CreateScope())
        {
            published = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Observations.CountAsync(o => o.Status == ObservationStatus.Published, ct);
        }

        // The empty form (or an old bookmark) from a browser: sent to the question on /data, not the file.
        using var empty = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observations?format=csv");
        empty.Headers.Accept.ParseAdd("text/html");
        using var asked = await client.SendAsync(empty, ct);
        var (_, question) = await GetAsync(app, "/data?alles=csv");
        using var confirmed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observations?format=csv&confirm=1");
        confirmed.Headers.Accept.ParseAdd("text/html");
        using var sent = await client.SendAsync(confirmed, ct);
        using var program = await client.GetAsync(new Uri("/api/v1/observations?format=csv", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.SeeOther, asked.StatusCode);
        Assert.Equal("/data?alles=csv#alles", asked.Headers.Location?.OriginalString);
        Assert.Contains($"Alle cijfers zijn {published.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))} regels, ongeveer ", WebUtility.HtmlDecode(question), StringComparison.Ordinal);
        Assert.Contains(" MB als CSV-bestand.", WebUtility.HtmlDecode(question), StringComparison.Ordinal);
        Assert.Contains("href=\"/api/v1/observations?format=csv&confirm=1\"", WebUtility.HtmlDecode(question), StringComparison.Ordinal);
        Assert.Contains("Ja, alles downloaden", question, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(published + 1, (await sent.Content.ReadAsStringAsync(ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(HttpStatusCode.OK, program.StatusCode);
    }

    [Fact]
    public async Task AreaPage_NewImportAfterAPageWasCached_ShowsTheNewFigureOnceThePollerHasReadIt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, SeedAsync);
        await using var host = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = host.CreateClient();
        Assert.Contains("69,9%", WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/wijken/WK034403", UriKind.Relative), TestContext.Current.CancellationToken)), StringComparison.Ordinal);

        // A correction imported elsewhere (the CLI writes to the same database from another process).
        await ApiTestData.ImportAsync(app.Database, publish: true, "correctie.csv", "50090NED", ("WK034403", ApiTestData.Health, "2020", "18+", 70.4, 67.1, 73.7, 420));
        var cached = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/wijken/WK034403", UriKind.Relative), TestContext.Current.CancellationToken));

        // The host's poller reads the invalidation on its next tick (driven by the host's clock), in the background.
        clock.Advance(TimeSpan.FromSeconds(3));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        string fresh;
        do
        {
            fresh = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/wijken/WK034403", UriKind.Relative), TestContext.Current.CancellationToken));
        }
        while (!fresh.Contains("70,4%", StringComparison.Ordinal) && DateTimeOffset.UtcNow < deadline);

        Assert.Contains("69,9%", cached, StringComparison.Ordinal);
        Assert.Contains("70,4%", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain("69,9%", fresh, StringComparison.Ordinal);
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await ApiTestData.SeedRegisterAsync(database);
        await HealthFigures.PublishAsync(database, ("BU03440301", ApiTestData.Health, "2020", "18+", 41.2, 30.0, 52.4, 12));
        await ApiTestData.ImportAsync(
            database,
            publish: false,
            "concept.csv",
            "50090NED",
            ("GM0356", ApiTestData.Health, "2020", "18+", 77.7, 76.0, 79.4, 1500));
    }

    private static async Task SeedWithBoundaryAsync(TestDatabase database)
    {
        await SeedAsync(database);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var overvecht = await db.Areas.Where(a => a.Code == Domain.Areas.AreaCode.From("WK034403")).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
        db.AreaBoundaries.Add(new Domain.Areas.AreaBoundary(overvecht, 2024, """{"type":"Polygon","coordinates":[[[5.10,52.11],[5.13,52.11],[5.13,52.13],[5.10,52.13],[5.10,52.11]]]}"""));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(WijkpeilAppFactory app, string path, string? cookie = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add(HeaderNames.Cookie, cookie);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Blazor encodes characters such as "+" and "–" as entities; the assertions are about the text a reader sees.
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
