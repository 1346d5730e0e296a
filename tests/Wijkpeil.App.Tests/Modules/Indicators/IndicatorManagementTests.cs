using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Indicators.CreateIndicator;
using Wijkpeil.App.Modules.Indicators.EditIndicator;
using Wijkpeil.App.Modules.Indicators.RetireIndicator;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Programmes;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Modules.Indicators;

/// <summary>The kernset managed in the product (issue 11 point 3): create, describe and retire indicators, on either provider.</summary>
public sealed partial class IndicatorManagementTests
{
    private const string Password = "lange zin als wachtwoord";
    private const string Vacancy = "p_leegsw";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_EmptyDefinition_EveryFieldRefusedInDutchAndEnglishAndNothingStored(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await using var scope = app.Database.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<CreateIndicatorHandler>();

        var outcome = await handler.HandleAsync(new IndicatorDefinition(" ", null, null, null, null, "aantal", IndicatorKind.Percentage, null, SourceKind.Unknown, null, null,
            [new("kwb", "", null), new("kwb", "a_opl_lg", null), new("kwb", "a_opl_lg", null)]), Ct);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            ["code", "nameNl", "nameEn", "definitionNl", "definitionEn", "source", "populationGroup", "unit", "polarity", "sourceKind", "mappings[0].measureKey", "mappings[2].measureKey"],
            outcome.Problems.Select(p => p.Field));
        var sourceKind = outcome.Problems.Single(p => p.Field == "sourceKind");
        Assert.Equal("Kies of de cijfers uit een steekproef (enquête) of uit een register komen.", ProblemMessages.For(sourceKind, CultureInfo.GetCultureInfo("nl-NL")));
        Assert.Equal("Choose whether the figures come from a sample (survey) or a register.", ProblemMessages.For(sourceKind, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Een percentage heeft eenheid %, niet aantal.", ProblemMessages.For(outcome.Problems.Single(p => p.Field == "unit"), CultureInfo.GetCultureInfo("nl-NL")));
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.False(await db.Set<Indicator>().AnyAsync(Ct));
        Assert.False(await db.AuditEntries.AnyAsync(Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateEditRetire_ThroughTheUseCases_StoredAuditedAndRetiredLeavesTheListsButKeepsTheFigures(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        await using (var scope = app.Database.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateIndicatorHandler>().HandleAsync(Described("LeegstaandeWoningen"), Ct);
            Assert.True(created.Succeeded, created.ToString());
            var taken = await scope.ServiceProvider.GetRequiredService<CreateIndicatorHandler>().HandleAsync(Described("leegstaandewoningen") with { Mappings = [] }, Ct);
            Assert.Equal(["code: indicator.code.taken"], taken.Problems.Select(p => $"{p.Field}: {p.Code}"));
            var edited = await scope.ServiceProvider.GetRequiredService<EditIndicatorHandler>().HandleAsync(
                "LeegstaandeWoningen", Described("LeegstaandeWoningen") with { NameNl = "Leegstand", Mappings = [new("kwb", Vacancy, "totaal"), new("85984NED", "LeegstandWoningen_1", null)] }, Ct);
            Assert.True(edited.Succeeded, edited.ToString());
            var renamed = await scope.ServiceProvider.GetRequiredService<EditIndicatorHandler>().HandleAsync("LeegstaandeWoningen", Described("AnderCode"), Ct);
            Assert.Equal("code: indicator.code.fixed", renamed.ToString());

            // Health is in the Vitale Wijken kernset: a pillar would silently lose a row, so it is refused.
            var inKernset = await scope.ServiceProvider.GetRequiredService<RetireIndicatorHandler>().HandleAsync(ApiTestData.Health, Ct);
            Assert.Equal("indicator.retire.in_kernset", inKernset.ToString());

            // Inhabitants is in no kernset: it can be retired, and its figures stay.
            var retired = await scope.ServiceProvider.GetRequiredService<RetireIndicatorHandler>().HandleAsync(ApiTestData.Inhabitants, Ct);
            Assert.True(retired.Succeeded, retired.ToString());
            var again = await scope.ServiceProvider.GetRequiredService<RetireIndicatorHandler>().HandleAsync(ApiTestData.Inhabitants, Ct);
            Assert.Equal("indicator.retired.already", again.ToString());
        }

        using var anonymous = app.CreateClient();
        var list = await ApiAssert.OkJsonAsync(await anonymous.GetAsync(new Uri("/api/v1/indicators", UriKind.Relative), Ct));
        var one = await ApiAssert.OkJsonAsync(await anonymous.GetAsync(new Uri("/api/v1/indicators/LeegstaandeWoningen", UriKind.Relative), Ct));
        var retiredFigures = await ApiAssert.OkJsonAsync(await anonymous.GetAsync(new Uri($"/api/v1/observations?indicator={ApiTestData.Inhabitants}", UriKind.Relative), Ct));
        var retiredDefinition = await anonymous.GetAsync(new Uri($"/api/v1/indicators/{ApiTestData.Inhabitants}", UriKind.Relative), Ct);

        Assert.Equal(["LeegstaandeWoningen", ApiTestData.Health], list.EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, retiredDefinition.StatusCode);
        Assert.Equal("register", list[0].GetProperty("sourceKind").GetString());
        Assert.Equal("Leegstand", one.GetProperty("nameNl").GetString());
        Assert.Equal(
            ["85984NED/LeegstandWoningen_1/", "kwb/p_leegsw/totaal"],
            one.GetProperty("mappings").EnumerateArray().Select(m => $"{m.GetProperty("sourceTable").GetString()}/{m.GetProperty("measureKey").GetString()}/{m.GetProperty("breakdown").GetString()}"));
        Assert.Equal(2, retiredFigures.GetArrayLength());
        await using var check = app.Database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var trail = await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Indicator).OrderBy(e => e.Id).Select(e => new { e.Action, e.EntityId }).ToListAsync(Ct);
        Assert.Equal(
            [(AuditAction.Created, "LeegstaandeWoningen"), (AuditAction.Updated, "LeegstaandeWoningen"), (AuditAction.Updated, ApiTestData.Inhabitants)],
            trail.Select(e => (e.Action, e.EntityId)));
        var choices = await check.ServiceProvider.GetRequiredService<ProgrammeFormChoices>().LoadAsync(Ct);
        Assert.DoesNotContain(ApiTestData.Inhabitants, choices.Indicators.Select(i => i.Code));
        Assert.Contains("LeegstaandeWoningen", choices.Indicators.Select(i => i.Code));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportedMeasure_UntilDescribed_OnlySignedInUsersSeeItThenTheWholePublic(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        await ImportVacancyAsync(app.Database, "WK034403", 4.2);
        await AddAccountAsync(app, "kp@test.nl", WijkpeilRoles.KnowledgePartner);
        using var anonymous = app.CreateClient();
        using var partner = await SignedInAsync(app, "kp@test.nl");

        var publicList = await ApiAssert.OkJsonAsync(await anonymous.GetAsync(new Uri("/api/v1/indicators", UriKind.Relative), Ct));
        var publicFigures = await anonymous.GetAsync(new Uri($"/api/v1/observations?indicator={Vacancy}", UriKind.Relative), Ct);
        var publicDownload = await ReadAsync(await anonymous.GetAsync(new Uri("/api/v1/observations?format=csv", UriKind.Relative), Ct));
        var publicPage = await anonymous.GetAsync(new Uri($"/indicatoren/{Vacancy}", UriKind.Relative), Ct);
        var partnerFigures = await ApiAssert.OkJsonAsync(await partner.GetAsync(new Uri($"/api/v1/observations?indicator={Vacancy}", UriKind.Relative), Ct));
        var management = await ReadAsync(await partner.GetAsync(new Uri("/beheer/indicatoren", UriKind.Relative), Ct));

        Assert.DoesNotContain(Vacancy, publicList.EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, publicFigures.StatusCode);
        Assert.DoesNotContain(Vacancy, publicDownload, StringComparison.Ordinal);
        Assert.Contains(ApiTestData.Inhabitants, publicDownload, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.Equal(1, partnerFigures.GetArrayLength());
        var uncurated = SectionPattern().Match(management).Groups["body"].Value;
        Assert.Contains("Nog te beschrijven", management, StringComparison.Ordinal);
        Assert.Contains($"href=\"/beheer/indicatoren/{Vacancy}\"", uncurated, StringComparison.Ordinal);

        // Described on its page (a plain form post, as without JavaScript): then it is public.
        var edit = await ReadAsync(await partner.GetAsync(new Uri($"/beheer/indicatoren/{Vacancy}", UriKind.Relative), Ct));
        var saved = await PostAsync(partner, $"/beheer/indicatoren/{Vacancy}", edit, new()
        {
            ["_handler"] = "indicatorbeheer",
            ["Input.Code"] = Vacancy,
            ["Input.NameNl"] = "Leegstaande woningen",
            ["Input.NameEn"] = "Vacant dwellings",
            ["Input.DefinitionNl"] = "Percentage woningen dat leegstaat.",
            ["Input.DefinitionEn"] = "Share of dwellings that are vacant.",
            ["Input.Unit"] = "%",
            ["Input.Kind"] = "Percentage",
            ["Input.Polarity"] = "HigherIsWorse",
            ["Input.SourceKind"] = "Register",
            ["Input.Source"] = "CBS, Kerncijfers wijken en buurten",
            ["Input.PopulationGroup"] = "woningen",
            ["Input.Mappings[0].SourceTable"] = "kwb",
            ["Input.Mappings[0].MeasureKey"] = Vacancy,
        });
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);

        // Cached public answers are evicted by the invalidation poller within a second or so.
        Assert.True(await EventuallyAsync(anonymous, "/api/v1/indicators", html => html.Contains($"\"code\":\"{Vacancy}\"", StringComparison.Ordinal)));
        Assert.True(await EventuallyAsync(anonymous, $"/api/v1/observations?indicator={Vacancy}", json => json.Contains("WK034403", StringComparison.Ordinal)));
        Assert.True(await EventuallyAsync(anonymous, $"/indicatoren/{Vacancy}", html => html.Contains("Leegstaande woningen", StringComparison.Ordinal)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewPage_RefusedValues_MessagesAtTheirFieldsInThePagesLanguage(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await AddAccountAsync(app, "pm@test.nl", WijkpeilRoles.ProgrammeManager);
        using var manager = await SignedInAsync(app, "pm@test.nl");
        await manager.GetAsync(new Uri("/taal/en-GB?terug=/", UriKind.Relative), Ct);
        var page = await ReadAsync(await manager.GetAsync(new Uri("/beheer/indicatoren/nieuw", UriKind.Relative), Ct));

        var response = await PostAsync(manager, "/beheer/indicatoren/nieuw", page, new()
        {
            ["_handler"] = "indicatorbeheer",
            ["Input.Code"] = "met spatie",
            ["Input.Mappings[0].SourceTable"] = "kwb",
        });
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"indicator-code-fout\">Use a code of 1 to 100 characters without spaces.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"indicator-sourceKind-fout\">Choose whether the figures come from a sample (survey) or a register.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"indicator-mappings-0-measureKey-fout\">Fill in both the source table and the measure key, or leave the row empty.</p>", html, StringComparison.Ordinal);
        Assert.Matches("id=\"indicator-code\"[^>]*aria-invalid=\"true\"", html);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DescribedIndicatorInAKernset_ImportOfItsMeasure_FillsTheProgrammesPillar(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async database =>
        {
            await ProgrammeTestData.SeedCatalogueAndRegisterAsync(database);
            await using var scope = database.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Breakdowns.Add(new Breakdown(Breakdown.TotalCode, "totaal", "total"));
            await db.SaveChangesAsync(Ct);
        });
        await using (var scope = app.Database.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateIndicatorHandler>().HandleAsync(Described("LeegstaandeWoningen"), Ct);
            Assert.True(created.Succeeded, created.ToString());
            var utrecht = ProgrammeTestData.Utrecht();
            var programme = await scope.ServiceProvider.GetRequiredService<CreateProgrammeHandler>().HandleAsync(
                utrecht with { Kernset = [.. utrecht.Kernset!, new("LeegstaandeWoningen", Breakdown.TotalCode, 2)] }, Ct);
            Assert.True(programme.Succeeded, programme.ToString());
        }

        using var anonymous = app.CreateClient();
        var before = PillarPattern().Match(await ReadAsync(await anonymous.GetAsync(new Uri("/wijken/WK034403?programma=wijkaanpak-utrecht", UriKind.Relative), Ct))).Value;
        await ImportVacancyAsync(app.Database, "WK034403", 4.2);

        // The import marks the page stale; the invalidation poller evicts it within a second or so.
        Assert.DoesNotContain("4,2", before, StringComparison.Ordinal);
        var last = string.Empty;
        Assert.True(
            await EventuallyAsync(anonymous, "/wijken/WK034403?programma=wijkaanpak-utrecht", html =>
            {
                last = PillarPattern().Match(html).Value;
                return last.Contains("Leegstaande woningen", StringComparison.Ordinal) && last.Contains("4,2", StringComparison.Ordinal);
            }),
            last);
        await using var check = app.Database.CreateScope();
        Assert.Equal(
            ["LeegstaandeWoningen"],
            await check.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<Indicator>().Where(i => i.SourceMappings.Any(m => m.MeasureKey == Vacancy)).Select(i => i.Code).ToListAsync(Ct));
    }

    /// <summary>A whole, valid definition of a register indicator fed by kwb's vacancy measure.</summary>
    private static IndicatorDefinition Described(string code) => new(
        code,
        "Leegstaande woningen",
        "Vacant dwellings",
        "Percentage woningen dat leegstaat.",
        "Share of dwellings that are vacant.",
        "%",
        IndicatorKind.Percentage,
        Polarity.HigherIsWorse,
        SourceKind.Register,
        "CBS, Kerncijfers wijken en buurten (kwb)",
        "woningen",
        [new("kwb", Vacancy, null)]);

    /// <summary>A kwb-like file with the vacancy measure, published at once: the importer creates the indicator when the catalogue lacks it.</summary>
    private static async Task ImportVacancyAsync(TestDatabase database, string area, double value)
    {
        var dataset = new ParsedDataset("kwb", "kwb-2023.xlsx") { SourceTable = "kwb", MayCreateIndicators = true };
        dataset.Measures[Vacancy] = new MeasureInfo(Vacancy, "Leegstaande woningen", "%", null);
        dataset.Observations.Add(new ParsedObservation(area, Vacancy, "2023", Breakdown.TotalCode, value, null, null, null, 2, Vacancy));
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .StoreAsync(dataset, new string('1', 64), new ImportOptions(Publish: true, ImportedBy: "test"), Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
    }

    private static async Task AddAccountAsync(WijkpeilAppFactory app, string email, string role)
    {
        await using var scope = app.Database.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(new NewAccount(email, role, [], Password), Ct);
        Assert.True(added.Succeeded);
    }

    private static async Task<HttpClient> SignedInAsync(WijkpeilAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, Password)).StatusCode);
        return client;
    }

    /// <summary>Posts a form of <paramref name="page"/> with its antiforgery token, as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, Ct);
    }

    /// <summary>Whether the page answers 200 with what <paramref name="holds"/> wants within the cache's deadline.</summary>
    private static async Task<bool> EventuallyAsync(HttpClient client, string path, Func<string, bool> holds)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < CachedPages.Deadline)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
            if (response.StatusCode == HttpStatusCode.OK && holds(await ReadAsync(response)))
            {
                return true;
            }

            await Task.Delay(200, Ct);
        }

        return false;
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("aria-labelledby=\"te-beschrijven\">(?<body>.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex("id=\"[^\"]*pijler-2\".*?(?=id=\"[^\"]*pijler-\\d\"|</main>)", RegexOptions.Singleline)]
    private static partial Regex PillarPattern();
}
