using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.App.Modules.Programmes.EditProgramme;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// Two programmes at once, on both providers: the small Vitale Wijken of <see cref="ApiTestData"/> (Overvecht, the health
/// indicator 18+, waves Meting 2016 and 2020) and "Wijkaanpak Nieuwegein", created through the programme use case, with
/// focus areas Batau (Nieuwegein) and Overvecht-Noord (Overvecht again), a kernset of inhabitants and health in total,
/// and one wave, Telling 2023 (kwb 2023). Every page shows each programme's own focus areas and kernset.
/// </summary>
public sealed class TwoProgrammeTests
{
    private const string Nieuwegein = "wijkaanpak-nieuwegein";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProgrammeList_AndRoot_ListBothProgrammes(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        foreach (var path in new[] { "/programmas", "/" })
        {
            var (status, html) = await GetAsync(app, path);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("href=\"/programmas/vitale-wijken\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/programmas/{Nieuwegein}\"", html, StringComparison.Ordinal);
            Assert.Contains("Focusgebieden: Batau, Overvecht-Noord", html, StringComparison.Ordinal);
            Assert.Contains("<strong>tweede</strong>", html, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProgrammeOverview_EachProgramme_ShowsOnlyItsOwnFocusAreasAndPillars(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (vitaleStatus, vitale) = await GetAsync(app, "/programmas/vitale-wijken");
        var (nieuwegeinStatus, nieuwegein) = await GetAsync(app, $"/programmas/{Nieuwegein}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (vitaleStatus, nieuwegeinStatus));
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Vitale Wijken</h1>", vitale, StringComparison.Ordinal);
        Assert.Contains("1. Gezondheid", vitale, StringComparison.Ordinal);
        Assert.DoesNotContain("Batau", vitale, StringComparison.Ordinal);
        Assert.DoesNotContain("Wonen", vitale, StringComparison.Ordinal);
        Assert.Contains("href=\"/programmas/vitale-wijken/gebieden/overvecht#pijler-1\"", vitale, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Wijkaanpak Nieuwegein</h1>", nieuwegein, StringComparison.Ordinal);
        Assert.Contains("Batau", nieuwegein, StringComparison.Ordinal);
        Assert.Contains("Overvecht-Noord", nieuwegein, StringComparison.Ordinal);
        Assert.Contains("1. Wonen", nieuwegein, StringComparison.Ordinal);
        Assert.DoesNotContain("Gezondheid", nieuwegein, StringComparison.Ordinal);
        Assert.Contains($"programma={Nieuwegein}", nieuwegein, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_AreaInBothProgrammes_ShowsBothNotesAndKernsets(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (_, overvecht) = await GetAsync(app, "/wijken/WK034403");
        var (_, batau) = await GetAsync(app, "/wijken/WK035603");
        var (_, onlyNieuwegein) = await GetAsync(app, $"/wijken/WK034403?programma={Nieuwegein}");

        Assert.Contains("Focusgebied Overvecht van het programma Vitale Wijken.", overvecht, StringComparison.Ordinal);
        Assert.Contains("Focusgebied Overvecht-Noord van het programma Wijkaanpak Nieuwegein.", overvecht, StringComparison.Ordinal);
        Assert.Contains("id=\"vitale-wijken-pijler-1\"", overvecht, StringComparison.Ordinal);
        Assert.Contains($"id=\"{Nieuwegein}-pijler-1\"", overvecht, StringComparison.Ordinal);
        Assert.Contains("69,9%", overvecht, StringComparison.Ordinal); // health 18+, Vitale Wijken
        Assert.Contains("70,5%", overvecht, StringComparison.Ordinal); // health in total, Nieuwegein
        Assert.Contains("href=\"/programmas/vitale-wijken/factsheets/overvecht/meting-2020\"", overvecht, StringComparison.Ordinal);
        Assert.Contains($"href=\"/programmas/{Nieuwegein}/factsheets/overvecht-noord/telling-2023\"", overvecht, StringComparison.Ordinal);

        // Batau is a focus area of Nieuwegein only; Vitale Wijken includes it as a reference area (PV26, NL00) without a note.
        Assert.Contains("Focusgebied Batau van het programma Wijkaanpak Nieuwegein.", batau, StringComparison.Ordinal);
        Assert.DoesNotContain("van het programma Vitale Wijken", batau, StringComparison.Ordinal);

        Assert.Contains("Focusgebied Overvecht-Noord van het programma Wijkaanpak Nieuwegein.", onlyNieuwegein, StringComparison.Ordinal);
        Assert.DoesNotContain("van het programma Vitale Wijken", onlyNieuwegein, StringComparison.Ordinal);
        Assert.Contains("id=\"pijler-1\"", onlyNieuwegein, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CompareIndicatorAndData_WithProgramme_UseThatProgrammesKernset(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (vitaleStatus, vitale) = await GetAsync(app, "/vergelijk?gebieden=WK034403,WK035603&programma=vitale-wijken");
        var (nieuwegeinStatus, nieuwegein) = await GetAsync(app, $"/vergelijk?gebieden=WK034403,WK035603&programma={Nieuwegein}");
        var (unchosenStatus, unchosen) = await GetAsync(app, "/vergelijk?gebieden=WK034403,WK035603");
        var (_, indicatorVitale) = await GetAsync(app, $"/indicatoren/{ApiTestData.Health}?programma=vitale-wijken");
        var (_, indicatorNieuwegein) = await GetAsync(app, $"/indicatoren/{ApiTestData.Health}?programma={Nieuwegein}");
        var (_, dataNieuwegein) = await GetAsync(app, $"/data?programma={Nieuwegein}");
        var (_, dataVitale) = await GetAsync(app, "/data?programma=vitale-wijken");
        var apiVitale = await IndicatorsOfApiAsync(app, "vitale-wijken");
        var apiNieuwegein = await IndicatorsOfApiAsync(app, Nieuwegein);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (vitaleStatus, nieuwegeinStatus));
        Assert.Contains("Ervaren gezondheid goed of zeer goed", vitale, StringComparison.Ordinal);
        Assert.DoesNotContain("Aantal inwoners", vitale, StringComparison.Ordinal);
        Assert.Contains("Aantal inwoners", nieuwegein, StringComparison.Ordinal);
        Assert.Contains("4.321", nieuwegein, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unchosenStatus);
        Assert.Contains("Kies het programma", unchosen, StringComparison.Ordinal);
        Assert.Matches("id=\"programma-fout\"[^>]*>Kies het programma", unchosen); // at the programme field, not at the areas
        Assert.DoesNotContain("id=\"gebieden-fout\"", unchosen, StringComparison.Ordinal);

        // The indicator page's default breakdown is the chosen programme's kernset breakdown.
        Assert.Contains("breakdown=18%2B&format=csv", indicatorVitale, StringComparison.Ordinal);
        Assert.Contains("breakdown=totaal&format=csv", indicatorNieuwegein, StringComparison.Ordinal);

        Assert.Contains($"href=\"/api/v1/observations?programme={Nieuwegein}&format=csv\"", dataNieuwegein, StringComparison.Ordinal);
        Assert.Contains($"value=\"{ApiTestData.Inhabitants}\"", dataNieuwegein, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{ApiTestData.Inhabitants}\"", dataVitale, StringComparison.Ordinal);
        Assert.Equal([ApiTestData.Health], apiVitale);
        Assert.Equal([ApiTestData.Health, ApiTestData.Inhabitants], apiNieuwegein);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Factsheets_PerWaveOfEachProgramme_AndOldAddressesRedirect(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        var (vitaleStatus, vitale) = await GetAsync(app, "/programmas/vitale-wijken/factsheets/overvecht/meting-2020");
        var (bataiStatus, batau) = await GetAsync(app, $"/programmas/{Nieuwegein}/factsheets/batau/telling-2023");
        var (otherStatus, _) = await GetAsync(app, "/programmas/vitale-wijken/factsheets/batau/telling-2023");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (vitaleStatus, bataiStatus, otherStatus));
        Assert.Contains("Factsheet Overvecht, Meting 2020", vitale, StringComparison.Ordinal);
        Assert.Contains("Vitale Wijken · Wijkpeil", vitale, StringComparison.Ordinal);
        Assert.Contains("Factsheet Batau, Telling 2023", batau, StringComparison.Ordinal);
        Assert.Contains("Wijkaanpak Nieuwegein · Wijkpeil", batau, StringComparison.Ordinal);
        Assert.Contains("4.321", batau, StringComparison.Ordinal);

        // Old per-year addresses: the one programme having the focus area (or member) and a wave with that period.
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/programmas/vitale-wijken/factsheets/overvecht/meting-2020", await MovedToAsync(client, "/factsheets/overvecht/2020"));
        Assert.Equal("/programmas/vitale-wijken/factsheets/overvecht/meting-2016.pdf", await MovedToAsync(client, "/factsheets/WK034403/2016.pdf"));
        Assert.Equal($"/programmas/{Nieuwegein}/factsheets/overvecht-noord/telling-2023", await MovedToAsync(client, "/factsheets/WK034403/2023"));
        Assert.Equal($"/programmas/{Nieuwegein}/factsheets/batau/telling-2023", await MovedToAsync(client, "/factsheets/batau/2023"));
        Assert.Null(await MovedToAsync(client, "/factsheets/batau/2020"));
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await ApiTestData.SeedRegisterAsync(database);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Areas.Add(new Area(AreaCode.From("WK035603"), "Batau", AreaCode.From("GM0356"), [2024]));
            var inhabitants = await db.Indicators.SingleAsync(i => i.Code == ApiTestData.Inhabitants, ct);
            inhabitants.MapSource("kwb", "AantalInwoners");
            await db.SaveChangesAsync(ct);
        }

        await HealthFigures.PublishAsync(database, ("WK034403", ApiTestData.Health, "2020", "totaal", 70.5, 67.4, 73.6, 530));
        await ApiTestData.ImportAsync(
            database,
            publish: true,
            "kwb.csv",
            "kwb",
            ("WK035603", ApiTestData.Inhabitants, "2023", "totaal", 4321, null, null, null),
            ("WK034403", ApiTestData.Inhabitants, "2023", "totaal", 34567, null, null, null));

        await using var create = database.CreateScope();
        var outcome = await create.ServiceProvider.GetRequiredService<CreateProgrammeHandler>().HandleAsync(NieuwegeinDefinition(), ct);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"{p.Field} {p.Code}")));
    }

    private static ProgrammeDefinition NieuwegeinDefinition() => new(
        Nieuwegein,
        "Wijkaanpak Nieuwegein",
        "Een **tweede** programma.",
        [new(1, "Wonen", "Housing")],
        [new("batau", "Batau", ["WK035603"]), new("overvecht-noord", "Overvecht-Noord", ["WK034403"])],
        null,
        [new(ApiTestData.Inhabitants, "totaal", 1), new(ApiTestData.Health, "totaal", 1)],
        [new("telling-2023", "Telling 2023", [new("kwb", "2023")])]);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpenDataOfAProgramme_KernsetEdited_RenderedAgainWhileTheOtherProgrammesStaysCached(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();
        var nieuwegeinData = $"/data?programma={Nieuwegein}";
        await CachedPages.CachedAsync(client, nieuwegeinData);
        await CachedPages.CachedAsync(client, "/data?programma=vitale-wijken");
        var (_, before, _) = await CachedPages.GetAsync(client, nieuwegeinData);
        Assert.Contains($"value=\"{ApiTestData.Health}\"", before, StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var edited = NieuwegeinDefinition() with { Kernset = [new(ApiTestData.Inhabitants, "totaal", 1)] };
            var outcome = await scope.ServiceProvider.GetRequiredService<EditProgrammeHandler>().HandleAsync(Nieuwegein, edited, TestContext.Current.CancellationToken);
            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"{p.Field} {p.Code}")));
        }

        var (status, nieuwegein, nieuwegeinCached) = await CachedPages.GetAsync(client, nieuwegeinData);
        var (_, _, vitaleCached) = await CachedPages.GetAsync(client, "/data?programma=vitale-wijken");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(nieuwegeinCached);
        Assert.DoesNotContain($"value=\"{ApiTestData.Health}\"", nieuwegein, StringComparison.Ordinal);
        Assert.True(vitaleCached);
    }

    private static async Task<string?> MovedToAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.MovedPermanently ? response.Headers.Location?.OriginalString : null;
    }

    private static async Task<List<string>> IndicatorsOfApiAsync(WijkpeilAppFactory app, string programme)
    {
        using var client = app.CreateClient();
        var json = await client.GetStringAsync(new Uri($"/api/v1/observations?programme={programme}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(o => o.GetProperty("indicatorCode").GetString()!).Distinct().Order(StringComparer.Ordinal)];
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(WijkpeilAppFactory app, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
