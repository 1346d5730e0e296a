using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.CreateProject;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Modules.Stories.CreateStory;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Tests.Modules.Agenda;

/// <summary>
/// Two programmes side by side: Vitale Wijken (the default) and a second one created through the Programmes module,
/// with its own focus area (Kanaleneiland) and pillars (1 and 7). Each has a project and a story; every agenda and story
/// surface shows one programme's own when asked, and a project or story is checked against its own programme.
/// </summary>
public sealed class TwoProgrammeAgendaTests
{
    private const string Second = "kanaleneiland-aanpak";
    private const string ManagerEmail = "beheer@provincie-utrecht.nl";
    private const string Password = "lange zin als wachtwoord";
    private const string VitaleProject = "Buurtkamer Overvecht";
    private const string SecondProject = "Moestuin Kanaleneiland";
    private const string VitaleStory = "Bewoners over de buurtkamer in Overvecht";
    private const string SecondStory = "Bewoners over de moestuin in Kanaleneiland";

    private static readonly System.Security.Claims.ClaimsPrincipal Manager = StoryTestData.User(WijkpeilRoles.ProgrammeManager);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AgendaPage_ProgrammeFilter_ShowsOnlyThatProgrammesProjects(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var client = Client(app);

        var second = await ReadAsync(await client.GetAsync(new Uri("/agenda?programma=" + Second, UriKind.Relative), Ct));
        var vitale = await ReadAsync(await client.GetAsync(new Uri("/agenda?programma=vitale-wijken", UriKind.Relative), Ct));
        var all = await ReadAsync(await client.GetAsync(new Uri("/agenda", UriKind.Relative), Ct));

        Assert.Contains(SecondProject, second, StringComparison.Ordinal);
        Assert.DoesNotContain(VitaleProject, second, StringComparison.Ordinal);
        Assert.Contains(VitaleProject, vitale, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondProject, vitale, StringComparison.Ordinal);

        // Without a programme: every programme's projects, each under its programme's heading.
        Assert.Contains(VitaleProject, all, StringComparison.Ordinal);
        Assert.Contains(SecondProject, all, StringComparison.Ordinal);
        Assert.Contains("id=\"programma-" + Second + "\"", all, StringComparison.Ordinal);
        Assert.Contains("id=\"programma-vitale-wijken\"", all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProjectsApi_ProgrammeFilter_ListsOnlyThatProgrammesProjects(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var client = Client(app);

        var second = await TitlesAsync(client, "/api/v1/projects?programme=" + Second);
        var vitale = await TitlesAsync(client, "/api/v1/projects?programme=vitale-wijken");
        var unknown = await client.GetAsync(new Uri("/api/v1/projects?programme=bestaat-niet", UriKind.Relative), Ct);

        Assert.Equal([SecondProject], second);
        Assert.Contains(VitaleProject, vitale);
        Assert.DoesNotContain(SecondProject, vitale);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateProject_FocusAreaOrPillarOfTheOtherProgramme_RefusedAtThatField(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);

        var otherFocusArea = await CreateProjectAsync(app, new ProjectRequest("overvecht", "Verkeerd gebied", [1], ProjectStatus.Planned, Programme: Second));
        var otherPillar = await CreateProjectAsync(app, new ProjectRequest("overvecht", "Verkeerde pijler", [7], ProjectStatus.Planned, Programme: "vitale-wijken"));
        var ownPillar = await CreateProjectAsync(app, new ProjectRequest("kanaleneiland", "Werkplaats", [7], ProjectStatus.Planned, Programme: Second));
        var withoutProgramme = await CreateProjectAsync(app, new ProjectRequest("WK034406", "Zonder programma", [1], ProjectStatus.Planned));

        Assert.Equal((ProblemKind?)ProblemKind.Invalid, otherFocusArea.Kind);
        Assert.Equal("focusArea", otherFocusArea.Problems[0].Field);
        Assert.Equal(("pillars", "project.pillars.unknown"), (otherPillar.Problems[0].Field, otherPillar.Problems[0].Code));
        Assert.True(ownPillar.Succeeded);

        // The focus area's code names one programme only, so none needs naming.
        Assert.True(withoutProgramme.Succeeded);
        Assert.Equal(Second, await ProgrammeOfAsync(app, withoutProgramme.Value.ProjectId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateProject_FocusAreaOfTwoProgrammesWithoutProgramme_AsksForTheProgramme(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await using (var scope = app.Database.CreateScope())
        {
            var third = await scope.ServiceProvider.GetRequiredService<CreateProgrammeHandler>().HandleAsync(
                new ProgrammeDefinition("overvecht-samen", "Overvecht samen", null, [new(1, "Samen leven", "Living together")], [new("overvecht", "Overvecht", ["WK034403"])], null, [], []),
                Ct);
            Assert.True(third.Succeeded, string.Join("; ", third.Problems.Select(p => $"{p.Field}: {p.Code}")));
        }

        var unnamed = await CreateProjectAsync(app, new ProjectRequest("overvecht", "Welk programma?", [1], ProjectStatus.Planned));
        var named = await CreateProjectAsync(app, new ProjectRequest("overvecht", "Van Overvecht samen", [1], ProjectStatus.Planned, Programme: "overvecht-samen"));

        Assert.Equal((ProblemKind?)ProblemKind.Invalid, unnamed.Kind);
        Assert.Equal(("programme", "project.programme.ambiguous"), (unnamed.Problems[0].Field, unnamed.Problems[0].Code));
        Assert.Contains("vitale-wijken", string.Join(" ", unnamed.Problems[0].Arguments.Select(a => a?.ToString())), StringComparison.Ordinal);
        Assert.True(named.Succeeded);
        Assert.Equal("overvecht-samen", await ProgrammeOfAsync(app, named.Value.ProjectId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoryForm_ProgrammeChosen_OffersOnlyThatProgrammesFocusAreasAndPillars(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var client = await SignedInAsync(app);

        var second = await ReadAsync(await client.GetAsync(new Uri("/verhalen/nieuw?programma=" + Second, UriKind.Relative), Ct));
        var vitale = await ReadAsync(await client.GetAsync(new Uri("/verhalen/nieuw?programma=vitale-wijken", UriKind.Relative), Ct));
        var choose = await ReadAsync(await client.GetAsync(new Uri("/verhalen/nieuw", UriKind.Relative), Ct));

        Assert.Contains("value=\"WK034406\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"WK034403\"", second, StringComparison.Ordinal);
        Assert.Contains("Werk in de wijk", second, StringComparison.Ordinal);
        Assert.Contains("value=\"WK034403\"", vitale, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"WK034406\"", vitale, StringComparison.Ordinal);
        Assert.DoesNotContain("Werk in de wijk", vitale, StringComparison.Ordinal);

        // Several programmes and none chosen: the form waits for a choice.
        Assert.Contains("/verhalen/nieuw?programma=" + Second, choose, StringComparison.Ordinal);
        Assert.Contains("/verhalen/nieuw?programma=vitale-wijken", choose, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stories_ProgrammeFilterAndOwnPillars_OnPageAndApi(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var client = Client(app);

        var page = await ReadAsync(await client.GetAsync(new Uri("/verhalen?programma=" + Second, UriKind.Relative), Ct));
        var api = await ReadAsync(await client.GetAsync(new Uri("/api/v1/stories?programme=vitale-wijken", UriKind.Relative), Ct));
        var wrongPillar = await CreateStoryAsync(app, StoryFields("WK034406", "Pijler drie bestaat hier niet", 3));

        Assert.Contains(SecondStory, page, StringComparison.Ordinal);
        Assert.DoesNotContain(VitaleStory, page, StringComparison.Ordinal);
        Assert.Contains(VitaleStory, api, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondStory, api, StringComparison.Ordinal);
        Assert.Equal(("pillar", "story.pillar.unknown"), (wrongPillar.Problems[0].Field, wrongPillar.Problems[0].Code));
    }

    private static async Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider) =>
        await WijkpeilAppFactory.StartAsync(provider, async database =>
        {
            await using (var scope = database.CreateScope())
            {
                var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
                await seeder.SeedCatalogueAsync(Ct);
                await seeder.SeedProgrammeAsync(Ct);
                await AddAreasAsync(scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>());
                var created = await scope.ServiceProvider.GetRequiredService<CreateProgrammeHandler>().HandleAsync(
                    new ProgrammeDefinition(
                        Second,
                        "Kanaleneiland-aanpak",
                        null,
                        [new(1, "Samen leven", "Living together"), new(7, "Werk in de wijk", "Work in the neighbourhood")],
                        [new("kanaleneiland", "Kanaleneiland", ["WK034406"])],
                        null,
                        [],
                        []),
                    Ct);
                Assert.True(created.Succeeded, string.Join("; ", created.Problems.Select(p => $"{p.Field}: {p.Code}")));
                var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(new NewAccount(ManagerEmail, WijkpeilRoles.ProgrammeManager, [], Password), Ct);
                Assert.True(added.Succeeded, added.ToString());
            }

            Assert.True((await CreateProjectAsync(database, new ProjectRequest("overvecht", VitaleProject, [1], ProjectStatus.Planned, Published: true))).Succeeded);
            Assert.True((await CreateProjectAsync(database, new ProjectRequest("kanaleneiland", SecondProject, [7], ProjectStatus.Planned, Published: true, Programme: Second))).Succeeded);
            Assert.True((await CreateStoryAsync(database, StoryFields("WK034403", VitaleStory, 1))).Succeeded);
            Assert.True((await CreateStoryAsync(database, StoryFields("WK034406", SecondStory, 7))).Succeeded);
        });

    // The second programme's members and reference areas must be in the register; the default seed brings none.
    private static async Task AddAreasAsync(WijkpeilDbContext db)
    {
        var wanted = new (string Code, string Name, string? Parent)[]
        {
            ("NL00", "Nederland", null), ("PV26", "Utrecht (PV)", "NL00"), ("GM0344", "Utrecht", "PV26"),
            ("WK034403", "Overvecht", "GM0344"), ("WK034406", "Kanaleneiland", "GM0344"),
        };
        var codes = wanted.Select(w => AreaCode.From(w.Code)).ToList();
        var present = await db.Areas.Where(a => codes.Contains(a.Code)).Select(a => a.Code).ToListAsync(Ct);
        db.Areas.AddRange(wanted
            .Where(w => !present.Contains(AreaCode.From(w.Code)))
            .Select(w => new Area(AreaCode.From(w.Code), w.Name, w.Parent is null ? null : AreaCode.From(w.Parent), [2024])));
        await db.SaveChangesAsync(Ct);
    }

    private static StoryRequest StoryFields(string area, string summary, int pillar) =>
        new(StoryMethod.Interview, new DateOnly(2024, 5, 14), area, pillar, null, summary, null, new DateOnly(2024, 5, 14), Published: true);

    private static Task<Outcome<ProjectSaved>> CreateProjectAsync(WijkpeilAppFactory app, ProjectRequest request) => CreateProjectAsync(app.Database, request);

    private static async Task<Outcome<ProjectSaved>> CreateProjectAsync(TestDatabase database, ProjectRequest request)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CreateProjectHandler>().HandleAsync(Manager, request, Ct);
    }

    private static Task<Outcome<int>> CreateStoryAsync(WijkpeilAppFactory app, StoryRequest fields) => CreateStoryAsync(app.Database, fields);

    private static async Task<Outcome<int>> CreateStoryAsync(TestDatabase database, StoryRequest fields)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CreateStoryHandler>().HandleAsync(Manager, fields, Ct);
    }

    private static async Task<string> ProgrammeOfAsync(WijkpeilAppFactory app, int projectId)
    {
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var programmeId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.ProgrammeId).SingleAsync(Ct);
        return (await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().ListAsync(Ct)).Single(p => p.Id == programmeId).Slug;
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return [.. json.RootElement.EnumerateArray().Select(p => p.GetProperty("title").GetString()!)];
    }

    private static HttpClient Client(WijkpeilAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpClient> SignedInAsync(WijkpeilAppFactory app)
    {
        var client = Client(app);
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, ManagerEmail, Password)).StatusCode);
        return client;
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        }
    }
}
