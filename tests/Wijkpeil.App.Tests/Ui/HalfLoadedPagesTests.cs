extern alias web;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Events.RegisterForEvent;
using Wijkpeil.App.Modules.Lessons.ManageLessons;
using Wijkpeil.App.Modules.Subsidies.SeedScheme;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Monitor;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Learning;
using Wijkpeil.Domain.Lessons;
using Wijkpeil.Domain.MeetingPlaces;
using Wijkpeil.Domain.Opportunities;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.ResearchPlans;
using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.App.Tests.Modules.Subsidies.SubsidyTestData;

namespace Wijkpeil.App.Tests.Ui;

/// <summary>
/// Blazor renders a page at the first await of its initialisation that does not complete at once, and which await that
/// is depends on timing: on PostgreSQL under load it can be any read. A page that sets what it renders after one read
/// and then reads again was therefore half-loaded now and then (two CI failures: a child component reading the same
/// DbContext as the page, a form without its model). Here every page is asked once per SQL command it runs, with that
/// command made to wait (<see cref="YieldingReads"/>), and must answer as it does without: every possible first render
/// happens once. SQLite only: there a read completes at once unless told to wait, which makes each order certain; the
/// pages' code is the same on PostgreSQL. The page cache is off, or the second request would read nothing.
/// </summary>
public sealed class HalfLoadedPagesTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private const string Manager = "programma@provincie-utrecht.nl";
    private const string Officer = "subsidie@amersfoort.nl";
    private const int RoundYear = 2026;

    [Fact]
    public async Task EveryPage_RenderedAtEachOfItsReads_AnswersAsWithoutWaiting()
    {
        var database = await fixture.DatabaseAsync(DatabaseProvider.Sqlite);
        var ids = await PrepareAsync(database);
        var log = new SqlCommandLog();
        await using var factory = new WijkpeilAppFactory(database, ownsDatabase: false, commands: log);
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("PageCache:Enabled", "false"));
        using var anonymous = Client(app);
        using var manager = await SignedInAsync(app, Manager);
        using var officer = await SignedInAsync(app, Officer);

        var pages = new List<(HttpClient Client, string Who, string Path)>();
        pages.AddRange(PublicPages(ids).Select(p => (anonymous, "anonymous", p)));
        pages.AddRange(PublicPages(ids).Concat(ManagerPages(ids)).Select(p => (manager, "manager", p)));
        pages.AddRange(OfficerPages(ids).Select(p => (officer, "officer", p)));

        var failures = new List<string>();
        var orders = 0;
        foreach (var (client, who, path) in pages)
        {
            var (response, commands) = await log.GetAsync(client, path, Ct);
            var expected = response.StatusCode;
            response.Dispose();
            Assert.True(expected == HttpStatusCode.OK, $"{who} {path}: {(int)expected} without waiting");
            for (var n = 1; n <= commands.Count; n++)
            {
                orders++;
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
                request.Headers.Add(YieldingReads.Header, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var waited = await client.SendAsync(request, Ct);
                if (waited.StatusCode != expected)
                {
                    failures.Add($"{who} {path}: {(int)waited.StatusCode} when command {n} of {commands.Count} waits");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(orders > pages.Count * 3, $"only {orders} orders for {pages.Count} pages: are the reads counted?");
    }

    private static IEnumerable<string> PublicPages(PageIds ids) =>
    [
        "/", "/programmas", "/programmas/vitale-wijken", "/programmas/vitale-wijken/gebieden/overvecht",
        "/wijken", "/wijken/WK034403", "/indicatoren", "/indicatoren/ErvarenGezondheidGoedZeerGoed?niveau=wijk&binnen=GM0344",
        "/vergelijk?gebieden=WK034403&gebieden=WK030703&programma=vitale-wijken", "/data", "/data?programma=vitale-wijken",
        "/agenda", "/agenda?programma=vitale-wijken&gebied=batau", $"/agenda/{ids.Project}", "/verhalen", "/zoeken?q=overvecht",
        "/subsidies", $"/subsidies/{SubsidyExamples.Slug}", "/bijeenkomsten", $"/bijeenkomsten/{ids.Event}", $"/bijeenkomsten/inschrijving/{ids.RegistrationSecret}",
        "/lessen", "/lessen?zoek=samenwerkingen&gebied=overvecht", $"/lessen/{ids.Lesson}",
        "/ontmoetingsplekken", $"/ontmoetingsplekken/{ids.MeetingPlace}", "/onderzoek", $"/onderzoek/{ids.ResearchPlan}",
    ];

    private static IEnumerable<string> ManagerPages(PageIds ids) =>
    [
        $"/agenda/{ids.Project}/bewerken", "/agenda/nieuw", "/verhalen/nieuw", "/beheer/indicatoren",
        "/beheer/indicatoren/ErvarenGezondheidGoedZeerGoed", "/beheer/programmas", "/beheer/programmas/vitale-wijken",
        "/beheer/audit", "/beheer/gebruikers", "/beheer/imports", "/beheer/subsidies", "/beheer/subsidies/nieuw",
        $"/beheer/subsidies/{ids.Scheme}/regeling", "/beheer/bijeenkomsten", "/beheer/bijeenkomsten/nieuw", $"/beheer/bijeenkomsten/{ids.Event}",
        "/beheer/lessen/nieuw", $"/beheer/lessen/nieuw?project={ids.Project}", $"/beheer/lessen/{ids.Lesson}",
        "/beheer/ontmoetingsplekken", "/beheer/ontmoetingsplekken/nieuw", $"/beheer/ontmoetingsplekken/{ids.MeetingPlace}",
        "/beheer/onderzoek", "/beheer/onderzoek/nieuw", $"/beheer/onderzoek/{ids.ResearchPlan}",
        "/beheer/meekoppelkansen", "/beheer/meekoppelkansen/nieuw", $"/beheer/meekoppelkansen/{ids.Opportunity}", "/beheer/meekoppelkansen/programmas",
        $"/beheer/meekoppelkansen/programmas/{ids.RelatedProgramme}", $"/beheer/meekoppelkansen/ronde/{RoundYear}",
    ];

    private static IEnumerable<string> OfficerPages(PageIds ids) =>
    [
        "/beheer/subsidies", $"/beheer/subsidies/{ids.Scheme}/aanvragen", $"/beheer/subsidies/aanvragen/{ids.Application}",
    ];

    private static HttpClient Client(WebApplicationFactory<web::Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<web::Program> app, string email)
    {
        var client = Client(app);
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }

    private static async Task<PageIds> PrepareAsync(TestDatabase database)
    {
        await StoryTestData.AddAccountAsync(database, Manager, WijkpeilRoles.ProgrammeManager);
        await StoryTestData.AddAccountAsync(database, Officer, WijkpeilRoles.SubsidyOfficer, SubsidyExamples.Gemeente);
        await using var scope = database.CreateScope();
        var subsidies = Handler<SubsidySeeding>(scope.ServiceProvider, Clock());
        var loaded = await new DemoData(scope.ServiceProvider.GetRequiredService<IAgendaSeeding>(), subsidies).LoadAsync(Ct);
        Assert.Equal(DemoResult.Loaded, loaded.Result);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var scheme = await db.Set<SubsidyScheme>().Where(s => s.Slug == SubsidyExamples.Slug).Select(s => s.Id).SingleAsync(Ct);
        var application = await db.Set<SubsidyApplication>().Where(a => a.SchemeId == scheme).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct);
        var project = await db.Set<Project>().Where(p => p.Title == SubsidyExamples.Project).Select(p => p.Id).SingleAsync(Ct);
        var (eventId, secret) = await EventWithRegistrationAsync(scope.ServiceProvider);
        var lesson = await LessonOnProjectAsync(scope.ServiceProvider, project);
        // The host may have loaded the default already; either way the letter's places and plans are there after this.
        var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
        await seeder.SeedMeetingPlacesAsync(Ct);
        await seeder.SeedResearchPlansAsync(Ct);
        var place = await db.Set<MeetingPlace>().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
        var plan = await db.Set<ResearchPlan>().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
        var (opportunity, related) = await OpportunityInRoundAsync(db);
        return new PageIds(project, scheme, application, eventId, secret, lesson, place, plan, opportunity, related);
    }

    /// <summary>A related programme, a meekoppelkans naming it, and the round of <see cref="RoundYear"/> with the programme chosen.</summary>
    private static async Task<(int Opportunity, int Related)> OpportunityInRoundAsync(WijkpeilDbContext db)
    {
        var related = RelatedProgramme.Create(new RelatedProgrammeDetails("Klimaatadaptatie", null, ["hitte", "groen"], "team klimaat")).Value;
        db.Add(related);
        await db.SaveChangesAsync(Ct);
        var programme = await db.Set<Programme>().OrderBy(p => p.Id).FirstAsync(Ct);
        var opportunity = Opportunity.Create(ProgrammeScope.Of(programme), new OpportunityDetails("Groene schoolpleinen", null, OpportunityKind.Expertise, [related.Id], [], []), OpportunityStatus.Gesignaleerd, TimeProvider.System.GetUtcNow(), "test").Value;
        var round = OpportunityRound.Create(RoundYear, []).Value;
        Assert.True(round.Choose(related.Id).IsSuccess);
        db.AddRange(opportunity, round);
        await db.SaveChangesAsync(Ct);
        return (opportunity.Id, related.Id);
    }

    /// <summary>A published event in the future with one registration, through the registration use case.</summary>
    private static async Task<(int Event, string Secret)> EventWithRegistrationAsync(IServiceProvider services)
    {
        var now = TimeProvider.System.GetUtcNow();
        var start = now.AddDays(30);
        var created = CommunityEvent.Create(new EventDetails(
            EventKind.ThemeMeeting, "Themabijeenkomst monitoring", "Over *peilingen*.", start, start.AddHours(2), null,
            "Provinciehuis, Archimedeslaan 6, Utrecht", 10, start.AddDays(-1), EventAudience.Open, [], [], [], [], [])).Value;
        created.Publish();
        var db = services.GetRequiredService<WijkpeilDbContext>();
        db.Add(created);
        await db.SaveChangesAsync(Ct);
        var registered = await ActivatorUtilities.CreateInstance<RegistrationHandler>(services, TimeProvider.System)
            .RegisterAsync(created.Id, new Registrant("Deelnemer", "deelnemer@example.nl", null, null), Ct);
        Assert.True(registered.Succeeded, string.Join(", ", registered.Problems.Select(p => p.Code)));
        return (created.Id, registered.Value.LinkSecret);
    }

    /// <summary>A published lesson of the project, its area and an indicator on the pages above, through the capture use case.</summary>
    private static async Task<int> LessonOnProjectAsync(IServiceProvider services, int project)
    {
        var details = new LessonDetails("Samenwerking in de buurtkamer", "Spreekuur in de buurtkamer.", "Meer bewoners kwamen.", null, LessonMaturity.Described)
        {
            ProjectId = project,
            FocusAreaCodes = ["overvecht"],
            IndicatorCode = "ErvarenGezondheidGoedZeerGoed",
            OutcomeCaveat = "Een kleine groep.",
        };
        var saved = await services.GetRequiredService<ManageLessonsHandler>().CreateAsync(StoryTestData.User(WijkpeilRoles.Coordinator), details, publish: true, Ct);
        Assert.True(saved.Succeeded, saved.ToString());
        return saved.Value.Id;
    }

    private sealed record PageIds(
        int Project, int Scheme, int Application, int Event, string RegistrationSecret, int Lesson, int MeetingPlace, int ResearchPlan, int Opportunity, int RelatedProgramme);
}
