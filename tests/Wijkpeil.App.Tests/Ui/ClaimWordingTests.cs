using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.ShowOverview;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Export;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// Claims match the evidence (issue 11, point 1), on pages, the overview, the factsheet and the downloads alike. In
/// Overvecht: a survey figure that rose without significance (63,5 [60,1; 66,9] n=412 → 64,3 [60,9; 67,7] n=420,
/// p ≈ 0,74); a register count of social-assistance benefits, higher is worse, 280 → 292 (+12, +4,3 %); and a register
/// count of new homes, higher is better, 0 → 12 (no relative size from 0). All figures are made up for the test.
/// </summary>
public sealed class ClaimWordingTests
{
    private const string Benefits = "bijstand_test";
    private const string NewHomes = "nieuwbouw_test";
    private const string Slug = "claims";
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_SurveyRiseNotSignificantAndRegisterChanges_WordedByTheirEvidence(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (status, html) = await GetAsync(app, "/wijken/WK034403?programma=" + Slug);
        var (_, english) = await GetAsync(app, "/wijken/WK034403?programma=" + Slug, EnglishCookie);

        Assert.Equal(HttpStatusCode.OK, status);
        // The survey rise: neutral, its direction only, no "beter".
        Assert.Contains("<span class=\"wp-marker wp-marker--changed\" data-claim=\"higher-not-significant\">", html, StringComparison.Ordinal);
        Assert.Contains("<span>hoger, niet significant</span><span class=\"wp-muted\"> (+0,8 %-punt)</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-claim=\"significant-better\"", html, StringComparison.Ordinal);
        // The register counts: exact, by polarity, with the relative size; no significance wording.
        Assert.Contains("<span class=\"wp-marker wp-marker--worse\" data-claim=\"register-worse\">", html, StringComparison.Ordinal);
        Assert.Contains("<span>slechter</span><span class=\"wp-muted\">: +12 (+4,3 %)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"wp-marker wp-marker--better\" data-claim=\"register-better\">", html, StringComparison.Ordinal);
        Assert.Contains("<span>beter</span><span class=\"wp-muted\">: +12 (relatief niet te bepalen: de vorige waarde was 0)</span>", html, StringComparison.Ordinal);
        Assert.Contains("exact verschil (registertelling)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("significant (p", html, StringComparison.Ordinal);
        Assert.Contains("<span>higher, not significant</span>", english, StringComparison.Ordinal);
        Assert.Contains("<span>worse</span><span class=\"wp-muted\">: +12 (+4.3%)</span>", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/wijken/WK034403/monitor.csv?programma=claims\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/wijken/WK034403/monitor.json?programma=claims\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_SurveyRiseNotSignificant_IsNotCountedAsBetter(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        await using var scope = app.Database.CreateScope();

        var overview = await scope.ServiceProvider.GetRequiredService<ShowOverviewQuery>().GetAsync(Slug, Audience.Public, TestContext.Current.CancellationToken);
        var (_, html) = await GetAsync(app, "/programmas/" + Slug);

        var tally = Assert.Single(Assert.Single(overview!.FocusAreas).Pillars);
        Assert.Equal(new PillarTally(1, SignificantBetter: 0, SignificantWorse: 0, RegisterBetter: 1, RegisterWorse: 1, Untested: 1, Changed: 0, Stable: 0, NoComparison: 0, Indicators: 3), tally);
        Assert.Contains("0 significant beter", html, StringComparison.Ordinal);
        Assert.Contains("0 significant slechter", html, StringComparison.Ordinal);
        Assert.Contains("1 beter (telling, exact)", html, StringComparison.Ordinal);
        Assert.Contains("1 slechter (telling, exact)", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"wp-marker wp-marker--changed\"><span class=\"wp-marker__icon\" aria-hidden=\"true\">↕</span>1 hoger of lager, niet te toetsen of niet significant</li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Factsheet_SameWordingAsTheAreaPage(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (status, html) = await GetAsync(app, "/programmas/" + Slug + "/factsheets/overvecht/meting-2020");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<span>hoger, niet significant</span><span class=\"wp-muted\"> (+0,8 %-punt)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>slechter</span><span class=\"wp-muted\">: +12 (+4,3 %)</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-claim=\"register-better\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-claim=\"significant-better\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MonitorJson_EveryKernsetIndicator_CarriesTheEvidenceAndThePagesWords(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (status, json) = await GetAsync(app, "/wijken/WK034403/monitor.json?programma=" + Slug);
        var (unknown, _) = await GetAsync(app, "/wijken/WK999999/monitor.json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("WK034403", document.RootElement.GetProperty("area").GetString());
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("indicatorCode").GetString()!);
        Assert.Equal([ApiTestData.Health, Benefits, NewHomes], rows.Keys); // kernset order, as on the page

        var health = rows[ApiTestData.Health];
        Assert.Equal(("survey", "2020", 64.3, 60.9, 67.7, 420), (S(health, "sourceKind"), S(health, "period"), D(health, "value"), D(health, "lower"), D(health, "upper"), health.GetProperty("sampleSize").GetInt32()));
        Assert.Equal(("2016", 63.5), (S(health, "previousPeriod"), D(health, "previousValue")));
        Assert.Equal(0.8, D(health, "difference"), 9);
        Assert.Equal(JsonValueKind.Null, health.GetProperty("relativeDifferencePercent").ValueKind);
        Assert.Equal("not-significant", S(health, "significance"));
        Assert.InRange(D(health, "pValue"), 0.05, 1);
        Assert.Equal(("higher-not-significant", "hoger, niet significant", "higher, not significant"), (S(health, "claim"), S(health, "claimNl"), S(health, "claimEn")));

        var benefits = rows[Benefits];
        Assert.Equal(("register", 292.0, 280.0, 12.0), (S(benefits, "sourceKind"), D(benefits, "value"), D(benefits, "previousValue"), D(benefits, "difference")));
        Assert.Equal(4.2857, D(benefits, "relativeDifferencePercent"), 3);
        Assert.Equal(JsonValueKind.Null, benefits.GetProperty("significance").ValueKind);
        Assert.Equal(JsonValueKind.Null, benefits.GetProperty("pValue").ValueKind);
        Assert.Equal(("register-worse", "slechter", "worse"), (S(benefits, "claim"), S(benefits, "claimNl"), S(benefits, "claimEn")));

        var homes = rows[NewHomes];
        Assert.Equal(JsonValueKind.Null, homes.GetProperty("relativeDifferencePercent").ValueKind);
        Assert.Equal(("register-better", "beter", "better"), (S(homes, "claim"), S(homes, "claimNl"), S(homes, "claimEn")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MonitorCsv_ForExcel_BomSemicolonsDecimalCommaAndTheClaims(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/wijken/WK034403/monitor.csv?programma=" + Slug, UriKind.Relative), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "programma;pijler;indicator_code;indicator_naam;indicator_name_en;soort_bron;eenheid;uitsplitsing;periode;waarde;ondergrens;bovengrens;steekproefomvang;niet_getoond;bron;vorige_periode;vorige_waarde;verschil;relatief_verschil_procent;significantie;p_waarde;claim;claim_nl;claim_en;afleiding;derivation_en",
            lines[0]);
        var health = Assert.Single(lines, l => l.StartsWith("claims;1;" + ApiTestData.Health + ";", StringComparison.Ordinal));
        Assert.Contains(";survey;%;18+;2020;64,3;60,9;67,7;420;;RIVM 50090NED Gezondheid per wijk en buurt 2020;2016;63,5;0,8", health, StringComparison.Ordinal);
        Assert.EndsWith(";higher-not-significant;hoger, niet significant;higher, not significant;;", health, StringComparison.Ordinal);
        Assert.Contains(";not-significant;0,", health, StringComparison.Ordinal);
        var benefits = Assert.Single(lines, l => l.StartsWith("claims;1;" + Benefits + ";", StringComparison.Ordinal));
        Assert.Contains(";register;aantal;totaal;2020;292;;;;;", benefits, StringComparison.Ordinal);
        Assert.Contains(";2016;280;12;4,2857142857", benefits, StringComparison.Ordinal);
        Assert.EndsWith(";;;register-worse;slechter;worse;;", benefits, StringComparison.Ordinal);
        var homes = Assert.Single(lines, l => l.StartsWith("claims;1;" + NewHomes + ";", StringComparison.Ordinal));
        Assert.EndsWith(";2016;0;12;;;;register-better;beter;better;;", homes, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MonitorCsv_ParsedAsDutchExcelDoes_EveryNumberEqualsTheJson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri("/wijken/WK034403/monitor.csv?programma=" + Slug, UriKind.Relative), ct);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/wijken/WK034403/monitor.json?programma=" + Slug, UriKind.Relative), ct));

        // As Dutch Excel opens it: the byte order mark says UTF-8, ';' separates, '"' quotes, numbers in nl-NL.
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = CsvText.Parse(Encoding.UTF8.GetString(bytes[3..]), ';');
        var header = rows[0];
        var expected = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count - 1);
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        string[] numeric = ["pijler", "waarde", "ondergrens", "bovengrens", "steekproefomvang", "vorige_waarde", "verschil", "relatief_verschil_procent", "p_waarde"];
        string[] names = ["pillar", "value", "lower", "upper", "sampleSize", "previousValue", "difference", "relativeDifferencePercent", "pValue"];
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(header.Length, rows[i + 1].Length);
            for (var c = 0; c < numeric.Length; c++)
            {
                var cell = rows[i + 1][Array.IndexOf(header, numeric[c])];
                var value = expected[i].GetProperty(names[c]);
                if (value.ValueKind == JsonValueKind.Null)
                {
                    Assert.Equal(string.Empty, cell);
                }
                else
                {
                    Assert.Equal(value.GetDecimal(), decimal.Parse(cell, NumberStyles.Float, dutch), 9);
                }
            }
        }
    }

    private static string? S(JsonElement row, string name) => row.GetProperty(name).GetString();

    private static double D(JsonElement row, string name) => row.GetProperty(name).GetDouble();

    private static async Task SeedAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Areas.AddRange(
                new Area(AreaCode.From("NL00"), "Nederland", null, [2024]),
                new Area(AreaCode.From("PV26"), "Utrecht (PV)", AreaCode.From("NL00"), [2024]),
                new Area(AreaCode.From("GM0344"), "Utrecht", AreaCode.From("PV26"), [2024]),
                new Area(AreaCode.From("WK034403"), "Overvecht", AreaCode.From("GM0344"), [2024]));

            var health = Indicator.Create(ApiTestData.Health, "Ervaren gezondheid goed of zeer goed", "Perceived health good or very good", IndicatorKind.Percentage, Polarity.HigherIsBetter, "%").Value;
            health.Describe("Percentage dat de eigen gezondheid goed of zeer goed noemt.", "Share rating own health good or very good.", "RIVM/GGD Gezondheidsmonitor", "inwoners van 18 jaar en ouder");
            health.MapSource("50090NED", "ErvarenGezondheidGoedZeerGoed");
            health.SetSourceKind(SourceKind.Survey);
            var benefits = Indicator.Create(Benefits, "Bijstandsuitkeringen", "Social assistance benefits", IndicatorKind.Count, Polarity.HigherIsWorse, "aantal").Value;
            benefits.Describe("Aantal bijstandsuitkeringen.", "Social assistance benefits.", "CBS, Kerncijfers wijken en buurten", "huishoudens");
            benefits.MapSource("kwb", "bijstand");
            benefits.SetSourceKind(SourceKind.Register);
            var homes = Indicator.Create(NewHomes, "Nieuwbouwwoningen", "New homes", IndicatorKind.Count, Polarity.HigherIsBetter, "aantal").Value;
            homes.Describe("Aantal opgeleverde nieuwbouwwoningen.", "New homes completed.", "CBS, Kerncijfers wijken en buurten", "woningen");
            homes.MapSource("kwb", "nieuwbouw");
            homes.SetSourceKind(SourceKind.Register);
            db.Indicators.AddRange(health, benefits, homes);
            await db.SaveChangesAsync(ct);

            var programme = new Programme(Slug, "Claimproef");
            _ = programme.AddPillar(1, "Gezondheid en bestaanszekerheid", "Health and livelihood").Value;
            _ = programme.AddFocusArea("overvecht", "Overvecht", [AreaCode.From("WK034403")]).Value;
            _ = programme.AddCoreIndicator(health.Id, 1, "18+").Value;
            _ = programme.AddCoreIndicator(benefits.Id, 1, "totaal").Value;
            _ = programme.AddCoreIndicator(homes.Id, 1, "totaal").Value;
            Assert.Empty(programme.SetWaves([
                ("meting-2016", "Meting 2016", [("50090NED", "2016"), ("kwb", "2016")]),
                ("meting-2020", "Meting 2020", [("50090NED", "2020"), ("kwb", "2020")])]));
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
        }

        await ApiTestData.ImportAsync(
            database,
            publish: true,
            "gezondheidsmonitor.csv",
            "50090NED",
            ("WK034403", ApiTestData.Health, "2016", "18+", 63.5, 60.1, 66.9, 412),
            ("WK034403", ApiTestData.Health, "2020", "18+", 64.3, 60.9, 67.7, 420));
        await ApiTestData.ImportAsync(
            database,
            publish: true,
            "kwb.csv",
            null,
            ("WK034403", Benefits, "2016", "totaal", 280, null, null, null),
            ("WK034403", Benefits, "2020", "totaal", 292, null, null, null),
            ("WK034403", NewHomes, "2016", "totaal", 0, null, null, null),
            ("WK034403", NewHomes, "2020", "totaal", 12, null, null, null));
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
