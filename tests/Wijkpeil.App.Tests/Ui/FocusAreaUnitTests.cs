using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Monitor.ShowOverview;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// The focus area is one unit (issue 11, point 2), end to end: Batau (Batau Zuid + Batau Noord) has the summed count and
/// the ratio of summed counts with the derivation in words, its survey figure side by side, is counted once per
/// indicator on the overview, compares as one column among up to six, and its JSON and CSV carry the derivation.
/// </summary>
public sealed partial class FocusAreaUnitTests
{
    private const string Bijstand = "PersonenPerSoortUitkeringBijstand";
    private const string Inwoners = "AantalInwoners";
    private const string PerThousand = "BijstandPer1000Inwoners";
    private const string Health = "ervaren_gezondheid_goed";
    private const string BatauPage = "/programmas/vitale-wijken/gebieden/batau";
    private const string SumText = "afgeleid: som van Batau Zuid en Batau Noord";
    private const string RatioText = "afgeleid: 1.000 × PersonenPerSoortUitkeringBijstand / AantalInwoners, som van Batau Zuid en Batau Noord";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFocusAreaPage_ShowsTheSumAndTheRatioOfSumsAsDerived_AndTheSurveyFigureSideBySide(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();

        var page = await PageAsync(client, BatauPage);
        var rows = Rows(page);

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Batau</h1>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/wijken/WK035604?programma=vitale-wijken\"", page, StringComparison.Ordinal);
        Assert.StartsWith($"Personen met een bijstandsuitkering 205 (2023) {SumText} ", rows[Bijstand], StringComparison.Ordinal);
        Assert.EndsWith("120 (2023) 85 (2023)", rows[Bijstand], StringComparison.Ordinal);
        Assert.StartsWith($"Bijstand per 1.000 inwoners 20,5 per 1.000 inwoners (2023) {RatioText}", rows[PerThousand], StringComparison.Ordinal);
        // A derived rate keeps one decimal, as CBS publishes rates: 85 / 4.000 × 1.000 = 21,25 shows as 21,3.
        Assert.EndsWith("20 per 1.000 inwoners (2023) 21,3 per 1.000 inwoners (2023)", rows[PerThousand], StringComparison.Ordinal);
        // The lead says once why a survey estimate has no figure of the focus area; the row only points to its members.
        Assert.StartsWith("Ervaren gezondheid goed zie deelgebieden ", rows[Health], StringComparison.Ordinal);
        Assert.DoesNotContain("geen afgeleid cijfer", rows[Health], StringComparison.Ordinal);
        Assert.Contains("schatting uit een steekproef (zoals de Gezondheidsmonitor) wordt nooit opgeteld of gemiddeld", page, StringComparison.Ordinal);
        Assert.Contains("70,1% (2022)", rows[Health], StringComparison.Ordinal);
        Assert.Contains("65,2% (2022)", rows[Health], StringComparison.Ordinal);
        Assert.DoesNotContain("67,", rows[Health], StringComparison.Ordinal);

        var member = await PageAsync(client, "/wijken/WK035603");
        Assert.Contains($"href=\"{BatauPage}\"", member, StringComparison.Ordinal);
        var overview = await PageAsync(client, "/programmas/vitale-wijken");
        Assert.Contains($"href=\"{BatauPage}#pijler-3\"", overview, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFactsheet_ShowsTheFocusAreasDerivedFiguresWithTheirDerivation_AndTheSurveyFigurePerMember(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();

        var page = await PageAsync(client, "/programmas/vitale-wijken/factsheets/batau/meting-2023");

        // The pillars' tables (the summary on page 1 repeats a few of these rows; it has its own test).
        var sheet = page[page.IndexOf("Alle cijfers per pijler", StringComparison.Ordinal)..];
        var rows = FactsheetRows().Matches(sheet).Select(m => Text(m.Value)).ToList();

        Assert.StartsWith($"Personen met een bijstandsuitkering 205 {SumText}", rows.Single(r => r.StartsWith("Personen met", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith($"Bijstand per 1.000 inwoners 20,5 per 1.000 inwoners {RatioText}", rows.Single(r => r.StartsWith("Bijstand per", StringComparison.Ordinal)), StringComparison.Ordinal);
        var health = rows.Single(r => r.StartsWith("Ervaren gezondheid", StringComparison.Ordinal));
        Assert.StartsWith("Ervaren gezondheid goed zie deelgebieden", health, StringComparison.Ordinal);

        // Page 1: Batau's own derived figures are headlines; a survey figure it has none of is a headline per member,
        // each row naming its wijk, with the sentence that says why.
        var summary = page[..page.IndexOf("Alle cijfers per pijler", StringComparison.Ordinal)];
        Assert.Contains("Personen met een bijstandsuitkering", summary, StringComparison.Ordinal);
        var summaryRows = FactsheetRows().Matches(summary).Select(m => Text(m.Value)).Where(r => r.StartsWith("Ervaren gezondheid", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, summaryRows.Count);
        Assert.StartsWith("Ervaren gezondheid goed (18 jaar en ouder) Batau Zuid 70,1%", summaryRows[0], StringComparison.Ordinal);
        Assert.StartsWith("Ervaren gezondheid goed (18 jaar en ouder) Batau Noord 65,2%", summaryRows[1], StringComparison.Ordinal);
        Assert.Contains("dus staan de wijken naast elkaar", summary, StringComparison.Ordinal);
        Assert.Contains("70,1%", health, StringComparison.Ordinal);
        Assert.Contains("65,2%", health, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheOverview_CountsBatauOncePerIndicator_NotOncePerWijk(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        await using var scope = app.Services.CreateAsyncScope();

        var overview = await scope.ServiceProvider.GetRequiredService<ShowOverviewQuery>().GetAsync("vitale-wijken", Audience.Public, TestContext.Current.CancellationToken);

        var batau = Assert.Single(overview!.FocusAreas, f => f.FocusArea.Code == "batau");
        var health = batau.Pillars[0];
        var participation = batau.Pillars[1];
        Assert.Equal((1, 1, 0), (health.Indicators, health.PerMember, health.NoComparison));

        // Bijstand 180 → 205 (derived register count, higher is worse: exact, so counted as worse); the ratio has only
        // 2023 (Batau Noord has no 2022 inhabitants).
        Assert.Equal((2, 1, 0, 1, 0), (participation.Indicators, participation.RegisterWorse, participation.RegisterBetter, participation.NoComparison, participation.PerMember));
        Assert.Equal(
            participation.Indicators,
            participation.SignificantBetter + participation.SignificantWorse + participation.RegisterBetter + participation.RegisterWorse
                + participation.Untested + participation.Changed + participation.Stable + participation.NoComparison + participation.PerMember);
        var overvecht = Assert.Single(overview.FocusAreas, f => f.FocusArea.Code == "overvecht");
        Assert.Equal((1, 0, 1), (overvecht.Pillars[0].Indicators, overvecht.Pillars[0].PerMember, overvecht.Pillars[0].NoComparison));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compare_TakesAFocusAreaAndFiveMoreAreas_AndRefusesSeven(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();

        var six = await PageAsync(client, "/vergelijk?gebieden=batau,WK034403,GM0344,GM0356,PV26,NL00&programma=vitale-wijken");
        using var seven = await client.GetAsync(new Uri("/vergelijk?gebieden=batau,WK034403,GM0344,GM0356,PV26,NL00,WK035603&programma=vitale-wijken", UriKind.Relative), TestContext.Current.CancellationToken);
        var refused = WebUtility.HtmlDecode(await seven.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains($"<a class=\"utrecht-link\" href=\"{BatauPage}\">Batau</a>", six, StringComparison.Ordinal);
        var bijstand = Text(CompareRows().Matches(six).Select(m => m.Value).Single(r => r.Contains("/indicatoren/" + Bijstand, StringComparison.Ordinal)));
        Assert.StartsWith($"Personen met een bijstandsuitkering 205 (2023) {SumText} 2.100 (2023)", bijstand, StringComparison.Ordinal);
        var health = Text(CompareRows().Matches(six).Select(m => m.Value).Single(r => r.Contains("/indicatoren/" + Health, StringComparison.Ordinal)));
        Assert.StartsWith("Ervaren gezondheid goed zie deelgebieden 60% (2022)", health, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, seven.StatusCode);
        Assert.Contains("U gaf 7 gebieden op; vergelijk er ten hoogste 6 tegelijk.", refused, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFocusAreaJsonAndCsv_CarryTheDerivedFiguresWithTheirDerivation(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var json = await client.GetFromJsonAsync<JsonElement>(new Uri(BatauPage + ".json", UriKind.Relative), ct);
        var csvBytes = await client.GetByteArrayAsync(new Uri(BatauPage + ".csv", UriKind.Relative), ct);
        var csv = System.Text.Encoding.UTF8.GetString(csvBytes.AsSpan(3)).Split("\r\n");

        var sum = json.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == Bijstand && r.GetProperty("period").GetString() == "2023");
        Assert.Equal(205, sum.GetProperty("value").GetDouble());
        Assert.True(sum.GetProperty("derived").GetBoolean());
        Assert.Equal(SumText, sum.GetProperty("derivationNl").GetString());
        Assert.Equal("derived: sum of Batau Zuid and Batau Noord", sum.GetProperty("derivationEn").GetString());
        Assert.Equal(["Batau Zuid", "Batau Noord"], sum.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        var survey = json.EnumerateArray().Where(r => r.GetProperty("indicator").GetString() == Health).ToList();
        Assert.Equal(["WK035603", "WK035604"], survey.Select(r => r.GetProperty("area").GetString()));
        Assert.All(survey, r => Assert.False(r.GetProperty("derived").GetBoolean()));

        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        Assert.Equal("programma;focusgebied;gebied;gebiedsnaam;pijler;indicator;uitsplitsing;periode;waarde;eenheid;bron;afgeleid;afleiding;afleiding_en;deelgebieden", csv[0]);
        Assert.Contains($"vitale-wijken;batau;batau;Batau;3;{Bijstand};totaal;2022;180;", string.Join("\n", csv), StringComparison.Ordinal);
        Assert.Contains($"vitale-wijken;batau;batau;Batau;3;{Bijstand};totaal;2023;205;aantal;CBS, Kerncijfers wijken en buurten;ja;{SumText};derived: sum of Batau Zuid and Batau Noord;Batau Zuid, Batau Noord", csv);
        Assert.Contains($"vitale-wijken;batau;batau;Batau;3;{PerThousand};totaal;2023;20,5;per 1.000 inwoners;CBS, Kerncijfers wijken en buurten;ja;{RatioText};derived: 1,000 × PersonenPerSoortUitkeringBijstand / AantalInwoners, sum of Batau Zuid and Batau Noord;Batau Zuid, Batau Noord", csv);
    }

    /// <summary>
    /// Utrecht with Overvecht and Nieuwegein with Batau Zuid and Batau Noord; a programme with pillar 1 (a survey
    /// percentage) and pillar 3 (the bijstand count and bijstand per 1.000 inwoners); focus areas Overvecht and Batau.
    /// </summary>
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
                new Area(AreaCode.From("GM0356"), "Nieuwegein", AreaCode.From("PV26"), [2024]),
                new Area(AreaCode.From("WK034403"), "Overvecht", AreaCode.From("GM0344"), [2024]),
                new Area(AreaCode.From("WK035603"), "Batau Zuid", AreaCode.From("GM0356"), [2024]),
                new Area(AreaCode.From("WK035604"), "Batau Noord", AreaCode.From("GM0356"), [2024]));

            var health = Described(Health, "Ervaren gezondheid goed", IndicatorKind.Percentage, Polarity.HigherIsBetter, "%", SourceKind.Survey, "RIVM/GGD Gezondheidsmonitor");
            health.MapSource("50090NED", "ErvarenGezondheidGoedZeerGoed");
            var bijstand = Described(Bijstand, "Personen met een bijstandsuitkering", IndicatorKind.Count, Polarity.HigherIsWorse, "aantal", SourceKind.Register, "CBS, Kerncijfers wijken en buurten");
            bijstand.MapSource("kwb", "a_soz_wb");
            var inwoners = Described(Inwoners, "Aantal inwoners", IndicatorKind.Count, Polarity.Neutral, "aantal", SourceKind.Register, "CBS, Kerncijfers wijken en buurten");
            inwoners.MapSource("kwb", "a_inw");
            var ratio = Described(PerThousand, "Bijstand per 1.000 inwoners", IndicatorKind.Rate, Polarity.HigherIsWorse, "per 1.000 inwoners", SourceKind.Register, "CBS, Kerncijfers wijken en buurten");
            ratio.DefineRatio(new IndicatorRatio(Bijstand, Inwoners, 1000));
            db.Indicators.AddRange(health, bijstand, inwoners, ratio);
            await db.SaveChangesAsync(ct);

            var programme = new Programme("vitale-wijken", "Vitale Wijken");
            _ = programme.AddPillar(1, "Gezondheid", "Health").Value;
            _ = programme.AddPillar(3, "Participatie", "Participation").Value;
            _ = programme.AddFocusArea("overvecht", "Overvecht", [AreaCode.From("WK034403")]).Value;
            _ = programme.AddFocusArea("batau", "Batau", [AreaCode.From("WK035603"), AreaCode.From("WK035604")]).Value;
            _ = programme.AddCoreIndicator(health.Id, 1, "18+").Value;
            _ = programme.AddCoreIndicator(bijstand.Id, 3, "totaal").Value;
            _ = programme.AddCoreIndicator(ratio.Id, 3, "totaal").Value;
            programme.AddReferenceArea(AreaCode.From("NL00"));
            Assert.Empty(programme.SetWaves([("meting-2023", "Meting 2023", [("50090NED", "2022"), ("kwb", "2023")])]));
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
        }

        await ApiTestData.ImportAsync(
            database,
            publish: true,
            "gezondheidsmonitor-2022.csv",
            "50090NED",
            ("WK035603", Health, "2022", "18+", 70.1, 66.0, 74.2, 300),
            ("WK035604", Health, "2022", "18+", 65.2, 61.0, 69.4, 280),
            ("WK034403", Health, "2022", "18+", 60.0, 57.0, 63.0, 400));
        await ApiTestData.ImportAsync(
            database,
            publish: true,
            "kwb-2022-2023.xlsx",
            null,
            ("WK035603", Bijstand, "2022", "totaal", 100, null, null, null),
            ("WK035604", Bijstand, "2022", "totaal", 80, null, null, null),
            ("WK035603", Bijstand, "2023", "totaal", 120, null, null, null),
            ("WK035604", Bijstand, "2023", "totaal", 85, null, null, null),
            ("WK034403", Bijstand, "2023", "totaal", 2100, null, null, null),
            ("WK035603", Inwoners, "2022", "totaal", 5000, null, null, null),
            ("WK035603", Inwoners, "2023", "totaal", 6000, null, null, null),
            ("WK035604", Inwoners, "2023", "totaal", 4000, null, null, null));
    }

    private static Indicator Described(string code, string name, IndicatorKind kind, Polarity polarity, string unit, SourceKind sourceKind, string source)
    {
        var indicator = Indicator.Create(code, name, name, kind, polarity, unit).Value;
        indicator.Describe(name + ".", name + ".", source, "inwoners");
        indicator.SetSourceKind(sourceKind);
        return indicator;
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The text of each indicator's row in the focus-area page's pillar tables, by indicator code.</summary>
    private static Dictionary<string, string> Rows(string html) =>
        FigureRows().Matches(html).Select(m => m.Value).ToDictionary(r => IndicatorCode().Match(r).Groups[1].Value, Text);

    private static string Text(string html) => Spaces().Replace(Tags().Replace(html, " "), " ").Trim();

    [GeneratedRegex("""<tr class="utrecht-table__row">\s*<th class="utrecht-table__header-cell wp-figures__indicator".*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex FigureRows();

    [GeneratedRegex("""<tr class="utrecht-table__row">\s*<th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="/indicatoren/.*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex CompareRows();

    [GeneratedRegex("""<tr class="utrecht-table__row">\s*<th class="utrecht-table__header-cell" scope="row">(?!<a).*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex FactsheetRows();

    [GeneratedRegex("""href="/indicatoren/([^"?]+)""")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
