using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// The agenda and the stories on the public monitor pages, on hand-made projects: the area page lists per pillar the
/// published projects (status, owner, period, outputs target against realised) and stories; the overview counts
/// projects per status and adds up money per funder. Drafts never show, example data is labelled.
/// </summary>
public sealed partial class AgendaOnMonitorPagesTests
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB";
    private static readonly DateOnly Today = new(2025, 6, 30);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_PublishedProjectOnPillar_ShowsStatusOwnerPeriodAndLatestTargetAgainstRealised(DatabaseProvider provider)
    {
        Seeded? seeded = null;
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async db => seeded = await SeedAsync(db));

        var (status, html) = await GetAsync(app, "/wijken/WK034403");
        var health = Section(html, 1);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"/agenda/{seeded!.Jobs}\"", health, StringComparison.Ordinal);
        Assert.Contains("Buurtbanen Overvecht", health, StringComparison.Ordinal);
        Assert.Contains("lopend", health, StringComparison.Ordinal);
        Assert.Contains("(40% gereed)", health, StringComparison.Ordinal);
        Assert.Contains("Gemeente Utrecht", health, StringComparison.Ordinal);
        Assert.Contains("vanaf 4 maart 2024", health, StringComparison.Ordinal);
        Assert.Contains("Hoeveel hebben we gedaan?", health, StringComparison.Ordinal);
        Assert.Contains("Hoe goed hebben we het gedaan?", health, StringComparison.Ordinal);

        // 2025 has a target only, so 2024 is the latest year with a realised value; 2023 is older.
        Assert.Contains("Deelnemers gestart 2024 50 deelnemers 45 deelnemers", Text(health), StringComparison.Ordinal);
        Assert.Contains("Deelnemers tevreden 2024 80% 85%", Text(health), StringComparison.Ordinal);
        Assert.DoesNotContain("38 deelnemers", health, StringComparison.Ordinal);
        Assert.DoesNotContain("60 deelnemers", health, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"utrecht-table__caption\"", health, StringComparison.Ordinal);
        Assert.Contains("scope=\"row\"", health, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_DraftProjectAndUnpublishedStory_AreNotShown(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async db => await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/wijken/WK034403");

        Assert.DoesNotContain("Concept: jongerenwerk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog niet gepubliceerd verhaal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Toestemming ingetrokken", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_PublishedStories_ShowUnderTheirPillarWithMethodDateAndArea(DatabaseProvider provider)
    {
        Seeded? seeded = null;
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async db => seeded = await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/wijken/WK034403");
        var health = Section(html, 1);
        var participation = Section(html, 3);

        Assert.Contains($"href=\"/verhalen/{seeded!.HealthStory}\"", health, StringComparison.Ordinal);
        Assert.Contains("Interview van 1 april 2024", health, StringComparison.Ordinal);
        Assert.Contains("Bewoners over de buurtbanen", health, StringComparison.Ordinal);

        // A story about a buurt of the focus area shows on the wijk's page, saying which buurt.
        Assert.Contains($"href=\"/verhalen/{seeded.BuurtStory}\"", health, StringComparison.Ordinal);
        Assert.Contains("(Taag- en Rubicondreef)", health, StringComparison.Ordinal);
        Assert.DoesNotContain("Over de speeltuin", participation, StringComparison.Ordinal);

        Assert.Contains($"href=\"/verhalen/{seeded.ParticipationStory}\"", participation, StringComparison.Ordinal);
        Assert.Contains("Focusgroep van 3 mei 2025", participation, StringComparison.Ordinal);
        Assert.DoesNotContain("Bewoners over de buurtbanen", participation, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_ExampleDataProject_IsMarkedOthersAreNot(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async db => await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/wijken/WK034403");
        var health = Section(html, 1);
        var example = health[health.IndexOf("Voorbeeldproject", StringComparison.Ordinal)..];
        var real = health[health.IndexOf("Buurtbanen Overvecht", StringComparison.Ordinal)..health.IndexOf("Voorbeeldproject", StringComparison.Ordinal)];

        Assert.Contains("voorbeeldgegevens", example, StringComparison.Ordinal);
        Assert.Contains("niet uit de stukken van het programma", example, StringComparison.Ordinal);
        Assert.DoesNotContain("voorbeeldgegevens", real, StringComparison.Ordinal);
        Assert.Contains("gepland", example, StringComparison.Ordinal);

        // No dates given: said in words, never a default date.
        Assert.Contains("Looptijd datum onbekend", Text(example), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreaPage_EnglishCookie_UsesEnglishAgendaTexts()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, async db => await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/wijken/WK034403", EnglishCookie);

        Assert.Contains("Projects on the programme agenda", html, StringComparison.Ordinal);
        Assert.Contains("running", html, StringComparison.Ordinal);
        Assert.Contains("How much did we do?", html, StringComparison.Ordinal);
        Assert.Contains("example data", html, StringComparison.Ordinal);
        Assert.Contains("Interview of 1 April 2024", html, StringComparison.Ordinal);
        Assert.Contains("from 4 March 2024", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_AreaOutsideEveryFocusArea_ShowsNoAgenda(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async db => await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/wijken/GM0344");

        Assert.DoesNotContain("Projecten uit de uitvoeringsagenda", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Buurtbanen Overvecht", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_HandMadeProjects_CountsPublishedProjectsPerStatus(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async db => await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/");
        var table = Text(Between(html, "id=\"agenda-status-titel\"", "</table>"));

        // Overvecht: one of each status published (the draft does not count); Batau: one planned.
        Assert.Contains("Focusgebied Gepland Lopend Afgerond Gestopt Totaal", table, StringComparison.Ordinal);
        Assert.Contains("Overvecht 1 1 1 1 4", table, StringComparison.Ordinal);
        Assert.Contains("Batau 1 0 0 0 1", table, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_HandMadeFundingLines_TotalsPerFunderInEurosAndMarksExampleData(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, async db => await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/");
        var overvecht = Between(html, "aria-labelledby=\"financiering-overvecht\"", "</section>");
        var batau = Between(html, "aria-labelledby=\"financiering-batau\"", "</section>");

        // Rijk: 100.000 + 50.000 over two years; the draft's 999 is left out. Cents stay when there are any.
        Assert.Contains("Rijk €\u00A0150.000 €\u00A080.000 €\u00A050.000,50", Text(overvecht), StringComparison.Ordinal);
        Assert.Contains("Gemeente €\u00A0200.000 €\u00A0200.000 €\u00A0150.000", Text(overvecht), StringComparison.Ordinal);
        Assert.Contains("Overig €\u00A01.000 €\u00A00 €\u00A00", Text(overvecht), StringComparison.Ordinal);
        Assert.Contains("Totaal €\u00A0351.000 €\u00A0280.000 €\u00A0200.000,50", Text(overvecht), StringComparison.Ordinal);
        Assert.DoesNotContain("999", overvecht, StringComparison.Ordinal);
        Assert.Contains("voorbeeldgegevens", overvecht, StringComparison.Ordinal);

        Assert.Contains("Provincie €\u00A025.000 €\u00A010.000 €\u00A00", Text(batau), StringComparison.Ordinal);
        Assert.DoesNotContain("voorbeeldgegevens", batau, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_EnglishCookie_UsesEnglishAgendaTexts()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, async db => await SeedAsync(db));

        var (_, html) = await GetAsync(app, "/", EnglishCookie);

        Assert.Contains("Projects per focus area by status", html, StringComparison.Ordinal);
        Assert.Contains("Focus area Planned Running Completed Stopped Total", Text(html), StringComparison.Ordinal);
        Assert.Contains("National government €150,000 €80,000 €50,000.50", Text(html), StringComparison.Ordinal);
        Assert.Contains("example data", html, StringComparison.Ordinal);
    }

    /// <summary>The ids of what the assertions link to.</summary>
    private sealed record Seeded(int Jobs, int HealthStory, int BuurtStory, int ParticipationStory);

    /// <summary>
    /// The small register and one-pillar programme of <see cref="ApiTestData"/>, plus pillar 3, Batau as a second
    /// focus area, and projects and stories by hand.
    /// </summary>
    private static async Task<Seeded> SeedAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await ApiTestData.SeedRegisterAsync(database);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Areas.Add(new Area(AreaCode.From("WK035603"), "Batau-Noord", AreaCode.From("GM0356"), [2024]));
        var programme = await db.Programmes.Include(p => p.Pillars).Include(p => p.FocusAreas).SingleAsync(ct);
        Ok(programme.AddPillar(3, "Participatie en armoede", "Participation and poverty"));
        Ok(programme.AddFocusArea("batau", "Batau", [AreaCode.From("WK035603")]));
        await db.SaveChangesAsync(ct);

        var jobs = Ok(Project.Create(programme, new ProjectDetails("overvecht", "Buurtbanen Overvecht", [1, 3], "Gemeente Utrecht")));
        Ok(jobs.Start(new DateOnly(2024, 3, 4), Today));
        Ok(jobs.AddProgressUpdate(new DateOnly(2024, 6, 1), "Eerste groep gestart", 25, Today));
        Ok(jobs.AddProgressUpdate(new DateOnly(2025, 1, 15), "Tweede groep gestart", 40, Today));
        Ok(jobs.AddProgressUpdate(new DateOnly(2025, 3, 1), "Evaluatie gepland", null, Today));
        var started = Ok(jobs.AddOutputMeasure(OutputKind.HowMuch, "Deelnemers gestart", OutputUnit.Count, "deelnemers"));
        Ok(started.SetValue("2023", 40, 38));
        Ok(started.SetValue("2024", 50, 45));
        Ok(started.SetValue("2025", 60, null));
        var satisfied = Ok(jobs.AddOutputMeasure(OutputKind.HowWell, "Deelnemers tevreden", OutputUnit.Percentage, null));
        Ok(satisfied.SetValue("2024", 80, 85));
        Ok(jobs.AddFundingLine(Funder.Rijk, null, 2024, 100_000m, 80_000m, 50_000.50m));
        Ok(jobs.AddFundingLine(Funder.Rijk, null, 2025, 50_000m, 0m, 0m));
        Ok(jobs.AddFundingLine(Funder.Gemeente, "Gemeente Utrecht", 2024, 200_000m, 200_000m, 150_000m));
        jobs.Publish();

        var draft = Ok(Project.Create(programme, new ProjectDetails("overvecht", "Concept: jongerenwerk", [1], "Gemeente Utrecht")));
        Ok(draft.AddFundingLine(Funder.Rijk, null, 2024, 999m, 999m, 999m));

        var example = Ok(Project.Create(programme, new ProjectDetails("overvecht", "Voorbeeldproject", [1], "Stichting Voorbeeld")));
        var reached = Ok(example.AddOutputMeasure(OutputKind.BetterOff, "Bewoners met minder schulden", OutputUnit.Count, "bewoners"));
        Ok(reached.SetValue("2024", 30, 12));
        Ok(example.AddFundingLine(Funder.Other, "Fonds", 2024, 1_000m, 0m, 0m));
        example.MarkAsExampleData(true);
        example.Publish();

        var finished = Ok(Project.Create(programme, new ProjectDetails("overvecht", "Afgerond project", [3], "Gemeente Utrecht")));
        Ok(finished.Start(new DateOnly(2023, 1, 1), Today));
        Ok(finished.Complete(new DateOnly(2024, 12, 31), Today));
        finished.Publish();

        var stopped = Ok(Project.Create(programme, new ProjectDetails("overvecht", "Gestopt project", [3], "Gemeente Utrecht")));
        Ok(stopped.Stop(new DateOnly(2024, 5, 1), "Geen deelnemers gevonden", Today));
        stopped.Publish();

        var square = Ok(Project.Create(programme, new ProjectDetails("batau", "Muntplein", [3], "Gemeente Nieuwegein")));
        Ok(square.AddFundingLine(Funder.Provincie, null, 2025, 25_000m, 10_000m, 0m));
        square.Publish();

        db.Projects.AddRange(jobs, draft, example, finished, stopped, square);
        await db.SaveChangesAsync(ct);

        var overvecht = AreaCode.From("WK034403");
        var healthStory = PublishedStory(programme, StoryMethod.Interview, new DateOnly(2024, 4, 1), overvecht, 1, "Bewoners over de buurtbanen");
        var buurtStory = PublishedStory(programme, StoryMethod.Observation, new DateOnly(2024, 9, 1), AreaCode.From("BU03440301"), 1, "Over de speeltuin");
        var participationStory = PublishedStory(programme, StoryMethod.FocusGroup, new DateOnly(2025, 5, 3), overvecht, 3, "Vrijwilligers over hun wijk");
        var unpublished = Ok(Story.Create(programme, new StoryDetails(StoryMethod.Interview, new DateOnly(2024, 4, 2), overvecht, 1, null, "Nog niet gepubliceerd verhaal"), Today));
        var withdrawn = PublishedStory(programme, StoryMethod.Interview, new DateOnly(2024, 4, 3), overvecht, 1, "Toestemming ingetrokken");
        withdrawn.WithdrawConsent();
        db.Stories.AddRange(healthStory, buurtStory, participationStory, unpublished, withdrawn);
        await db.SaveChangesAsync(ct);
        return new Seeded(jobs.Id, healthStory.Id, buurtStory.Id, participationStory.Id);
    }

    private static Story PublishedStory(Domain.Programmes.Programme programme, StoryMethod method, DateOnly date, AreaCode area, int pillar, string summary)
    {
        var story = Ok(Story.Create(programme, new StoryDetails(method, date, area, pillar, null, summary), Today));
        Ok(story.RecordConsent(date, Today));
        Ok(story.Publish());
        return story;
    }

    /// <summary>One pillar's section of the area page.</summary>
    private static string Section(string html, int pillar)
    {
        var start = html.IndexOf($"<section class=\"wp-pillar\" id=\"pijler-{pillar}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section for pillar {pillar}.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not on the page.");
        return html[start..html.IndexOf(to, start, StringComparison.Ordinal)];
    }

    /// <summary>What a reader sees of some markup: the text without tags, spaces collapsed.</summary>
    private static string Text(string html) => Spaces().Replace(Tags().Replace(html, " "), " ").Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(WijkpeilAppFactory app, string path, string? cookie = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add(HeaderNames.Cookie, cookie);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static T Ok<T>(Result<T> result) =>
        result.Error is { } error ? throw new InvalidOperationException(error.Message) : result.Value;
}
