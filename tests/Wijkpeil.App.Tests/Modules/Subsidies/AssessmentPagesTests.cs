using System.Net;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;
using static Wijkpeil.App.Tests.Modules.Subsidies.AssessmentTestData;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Modules.Subsidies;

/// <summary>The assessment pages in the real web host: the declaration before the application, refusals, field messages and the cut line.</summary>
public sealed class AssessmentPagesTests
{
    private const string AmersfoortOfficer = "subsidie@amersfoort.nl";
    private const string UtrechtOfficer = "subsidie@utrecht.nl";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AssessPage_BeforeDeclaring_ShowsNoSummaryOrBudget_AfterGeenBelang_ShowsTheApplicationAndTheScoreForm(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenSchemeAsync(app.Database);
        var application = await FileAsync(app.Database, scheme, 2_000m);
        var assessment = await AssignAsync(app.Database, application, AssessorA);
        using var assessor = await StoryPagesTests.SignedInAsync(app, AssessorA);
        var path = $"/beoordelen/{assessment}";

        var list = await ReadAsync(await assessor.GetAsync("/beoordelen", Ct));
        var before = await ReadAsync(await assessor.GetAsync(path, Ct));
        var declared = await StoryPagesTests.PostFormAsync(assessor, path, "belangenverklaring", new() { ["DeclareInput.Declaration"] = "geen" });
        var after = await ReadAsync(await assessor.GetAsync(path, Ct));

        Assert.Contains($"href=\"/beoordelen/{assessment}\"", list, StringComparison.Ordinal);
        Assert.Contains("Fatima de Vries", before, StringComparison.Ordinal);
        Assert.Contains("Buurtmoestuin", before, StringComparison.Ordinal);
        Assert.Contains("Heeft u een persoonlijk belang bij deze aanvraag?", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Een moestuin voor en door bewoners.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Plantenbakken en aarde", before, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"reason-", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, declared.StatusCode);
        Assert.Contains("Een moestuin voor en door bewoners.", after, StringComparison.Ordinal);
        Assert.Contains("Plantenbakken en aarde", after, StringComparison.Ordinal);
        Assert.Contains("niet van toepassing", after, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(after, "<textarea[^>]*name=\"reason-"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AssessPage_ConflictDeclared_RedirectsAndTheAssessorCanNoLongerOpenIt(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenSchemeAsync(app.Database);
        var application = await FileAsync(app.Database, scheme, 2_000m);
        var assessment = await AssignAsync(app.Database, application, AssessorA);
        using var assessor = await StoryPagesTests.SignedInAsync(app, AssessorA);
        var path = $"/beoordelen/{assessment}";

        var declared = await StoryPagesTests.PostFormAsync(assessor, path, "belangenverklaring", new() { ["DeclareInput.Declaration"] = "wel", ["DeclareInput.Note"] = "Mijn zus zit in het bestuur." });
        var reopened = await assessor.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Found, declared.StatusCode);
        Assert.EndsWith("/beoordelen?belang=gemeld", declared.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reopened.StatusCode);
        Assert.DoesNotContain("Buurtmoestuin", await ReadAsync(reopened), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AssessPage_UnassignedOrOtherGemeenteAssessor_Gets403WithoutTheApplication(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenSchemeAsync(app.Database);
        var application = await FileAsync(app.Database, scheme, 2_000m);
        var assessment = await AssignAsync(app.Database, application, AssessorA);

        foreach (var email in new[] { AssessorB, UtrechtAssessor })
        {
            using var other = await StoryPagesTests.SignedInAsync(app, email);
            var response = await other.GetAsync($"/beoordelen/{assessment}", Ct);
            var html = await ReadAsync(response);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Buurtmoestuin", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Fatima", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"/beoordelen/{assessment}\"", await ReadAsync(await other.GetAsync("/beoordelen", Ct)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AssessPage_ReasonLeftEmpty_ShowsTheMessageAtThatCriterionAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenSchemeAsync(app.Database);
        var application = await FileAsync(app.Database, scheme, 2_000m);
        var criteria = await CriteriaAsync(app.Database, scheme);
        var assessment = await AssignAsync(app.Database, application, AssessorA);
        await DeclareNoConflictAsync(app.Database, assessment, await PrincipalAsync(app.Database, AssessorA));
        using var assessor = await StoryPagesTests.SignedInAsync(app, AssessorA);
        var path = $"/beoordelen/{assessment}";

        var response = await StoryPagesTests.PostFormAsync(assessor, path, "beoordeling-scores", new()
        {
            ["ScoreInputModel.Sent"] = "true",
            [$"score-{criteria[0]}"] = "4",
            [$"reason-{criteria[0]}"] = "Sterk voor de wijk.",
            [$"score-{criteria[1]}"] = "nvt",
            [$"reason-{criteria[1]}"] = "",
            [$"score-{criteria[2]}"] = "2",
            [$"reason-{criteria[2]}"] = "Krappe planning.",
        });
        var html = await ReadAsync(response);
        var reload = await ReadAsync(await assessor.GetAsync(path, Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Controleer wat u hebt ingevuld", html, StringComparison.Ordinal);
        Assert.Matches($"<p class=\"utrecht-form-field-error-message\" id=\"reason-{criteria[1]}-fout\">Geef bij elk criterium een motivering", html);
        Assert.DoesNotContain($"id=\"reason-{criteria[0]}-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("Sterk voor de wijk.", html, StringComparison.Ordinal); // what was typed stays
        Assert.Contains("name=\"reason-", reload, StringComparison.Ordinal); // still the form: nothing submitted
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AssessPage_AfterSubmit_ShowsTheScoresReadOnlyAndRefusesAnotherSubmit(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenSchemeAsync(app.Database);
        var application = await FileAsync(app.Database, scheme, 2_000m);
        var criteria = await CriteriaAsync(app.Database, scheme);
        var assessment = await AssignAsync(app.Database, application, AssessorA);
        await DeclareNoConflictAsync(app.Database, assessment, await PrincipalAsync(app.Database, AssessorA));
        using var assessor = await StoryPagesTests.SignedInAsync(app, AssessorA);
        var path = $"/beoordelen/{assessment}";
        var sheet = new Dictionary<string, string> { ["ScoreInputModel.Sent"] = "true" };
        foreach (var id in criteria)
        {
            sheet[$"score-{id}"] = "4";
            sheet[$"reason-{id}"] = "Eerste motivering.";
        }

        var first = await StoryPagesTests.PostFormAsync(assessor, path, "beoordeling-scores", sheet);
        var shown = await ReadAsync(await assessor.GetAsync(path, Ct));
        sheet = sheet.ToDictionary(p => p.Key, p => p.Key.StartsWith("score-", StringComparison.Ordinal) ? "1" : p.Value);
        var second = await StoryPagesTests.PostFormAsync(assessor, path, "beoordeling-scores", sheet, tokenFrom: "/account/wachtwoord");

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Contains("Uw ingediende scores", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"reason-", shown, StringComparison.Ordinal);
        Assert.Contains("Uw beoordeling is ingediend en ligt vast.", await ReadAsync(second), StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(await ReadAsync(await assessor.GetAsync(path, Ct)), ">4</td>"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OfficerPages_OfficerOfAnotherGemeente_Gets403_OwnOfficerSeesTheSummaryAndAssigns(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenSchemeAsync(app.Database);
        var application = await FileAsync(app.Database, scheme, 2_000m);
        using var utrecht = await StoryPagesTests.SignedInAsync(app, UtrechtOfficer);
        using var amersfoort = await StoryPagesTests.SignedInAsync(app, AmersfoortOfficer);
        var overview = $"/beheer/subsidies/aanvragen/{application}/beoordeling";

        var refusedOverview = await utrecht.GetAsync(overview, Ct);
        var refusedRanking = await utrecht.GetAsync($"/beheer/subsidies/{scheme}/rangschikking", Ct);
        var refusedPost = await StoryPagesTests.PostFormAsync(utrecht, overview, "beoordelaar-toewijzen", new() { ["Input.Email"] = AssessorB }, tokenFrom: "/account/wachtwoord");
        var assigned = await StoryPagesTests.PostFormAsync(amersfoort, overview, "beoordelaar-toewijzen", new() { ["Input.Email"] = AssessorB });
        var page = await ReadAsync(await amersfoort.GetAsync(overview, Ct));

        Assert.Equal(HttpStatusCode.Forbidden, refusedOverview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedRanking.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedPost.StatusCode);
        Assert.DoesNotContain("Buurtmoestuin", await ReadAsync(refusedOverview), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, assigned.StatusCode);
        Assert.Contains(AssessorB, page, StringComparison.Ordinal);
        Assert.Contains("Nog niet verklaard", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OfficerOverview_LargeSpread_IsNamedInText(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenSchemeAsync(app.Database);
        var application = await FileAsync(app.Database, scheme, 2_000m);
        await ScoreDirectlyAsync(app.Database, scheme, application, 5);
        await ScoreDirectlyAsync(app.Database, scheme, application, 1, account: "tweede");
        using var amersfoort = await StoryPagesTests.SignedInAsync(app, AmersfoortOfficer);

        var page = await ReadAsync(await amersfoort.GetAsync($"/beheer/subsidies/aanvragen/{application}/beoordeling", Ct));

        Assert.Contains("grote spreiding: bespreek dit voor het besluit", page, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(page, ">Grote spreiding<"));
        Assert.Contains("Voldoet aan de minimumscore van 3,00", page, StringComparison.Ordinal); // (5 + 1) / 2 = 3.00
        Assert.Contains("4,00 — grote spreiding", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RankingPage_Tender_ShowsTheCutLineBetweenTheLastFundedAndTheFirstUnfundedWithRealNumbers(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var scheme = await OpenTenderAsync(app.Database, plafond: 10_000m);
        var (first, second, third, low) = (await FileAsync(app.Database, scheme, 4_000m), await FileAsync(app.Database, scheme, 4_000m), await FileAsync(app.Database, scheme, 3_000m), await FileAsync(app.Database, scheme, 2_500m));
        await ScoreDirectlyAsync(app.Database, scheme, second, 4);
        await ScoreDirectlyAsync(app.Database, scheme, first, 5);
        await ScoreDirectlyAsync(app.Database, scheme, third, 3);
        await ScoreDirectlyAsync(app.Database, scheme, low, 2);
        using var amersfoort = await StoryPagesTests.SignedInAsync(app, AmersfoortOfficer);

        var html = await ReadAsync(await amersfoort.GetAsync($"/beheer/subsidies/{scheme}/rangschikking", Ct));

        // 4.000 + 4.000 = 8.000 fits in 10.000; + 3.000 = 11.000 does not: the line falls between the second and third.
        var at = (int id) => html.IndexOf($"/beheer/subsidies/aanvragen/{id}/beoordeling", StringComparison.Ordinal);
        var cut = html.IndexOf("Plafondgrens (", StringComparison.Ordinal);
        Assert.True(at(first) > 0 && at(first) < at(second) && at(second) < cut && cut < at(third) && at(third) < at(low), html);
        Assert.Contains("€\u00A08.000", html[at(second)..cut], StringComparison.Ordinal);
        Assert.Contains("€\u00A011.000", html[at(third)..at(low)], StringComparison.Ordinal);
        Assert.Contains("€\u00A02.000", html[cut..at(third)], StringComparison.Ordinal);
        Assert.Contains("Eerst volledig gaat voor", html, StringComparison.Ordinal);
        Assert.Contains("Niet gerangschikt", html[..at(low)], StringComparison.Ordinal);
    }

    private static async Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, StoryTestData.SeedProgrammeAsync);
        await AddAssessorsAsync(app.Database);
        await StoryTestData.AddAccountAsync(app.Database, AmersfoortOfficer, WijkpeilRoles.SubsidyOfficer, Amersfoort);
        await StoryTestData.AddAccountAsync(app.Database, UtrechtOfficer, WijkpeilRoles.SubsidyOfficer, "GM0344");
        return app;
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
}
