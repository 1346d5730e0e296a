using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Cli;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// One visibility rule (<see cref="Audience"/>) on every path that reads unpublished content: pages, API,
/// downloads and the CLI export give the same answer per caller for a draft project, an unpublished story and a
/// draft figure, and the output-cached monitor pages show the public's answer to everyone.
/// </summary>
public sealed class AudienceTests
{
    private const string Anonymous = "anonymous";
    private const string DraftProject = "Conceptproject buurtkamer";
    private const string PublishedProject = "Gepubliceerd project speeltuin";
    private const string DraftStory = "Conceptverhaal over de markt";
    private const string PublishedStory = "Gepubliceerd verhaal over het plein";
    private static readonly string[] Callers = [Anonymous, WijkpeilRoles.Viewer, WijkpeilRoles.KnowledgePartner];
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DraftProjectAndStory_PagesAndApi_SameAnswerPerCaller_CachedMonitorPagePublicOnly(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        var (draftProject, draftStory) = await IdsAsync(app.Database);

        foreach (var caller in Callers)
        {
            using var client = await ClientAsync(app, caller);
            var seesDrafts = caller != Anonymous;

            var projectPaths = new Dictionary<string, bool>
            {
                ["page /agenda"] = (await TextAsync(client, "/agenda")).Contains(DraftProject, StringComparison.Ordinal),
                ["page /agenda/{id}"] = await IsOkAsync(client, $"/agenda/{draftProject}"),
                ["API list"] = (await TextAsync(client, "/api/v1/projects")).Contains(DraftProject, StringComparison.Ordinal),
                ["API item"] = await IsOkAsync(client, $"/api/v1/projects/{draftProject}"),
            };
            var storyPaths = new Dictionary<string, bool>
            {
                ["page /verhalen"] = (await TextAsync(client, "/verhalen")).Contains(DraftStory, StringComparison.Ordinal),
                ["page /verhalen/{id}"] = await IsOkAsync(client, $"/verhalen/{draftStory}"),
                ["API list"] = (await TextAsync(client, "/api/v1/stories")).Contains(DraftStory, StringComparison.Ordinal),
                ["API item"] = await IsOkAsync(client, $"/api/v1/stories/{draftStory}"),
            };

            Assert.All(projectPaths, path => Assert.True(path.Value == seesDrafts, $"{caller}, draft project, {path.Key}: seen = {path.Value}"));
            Assert.All(storyPaths, path => Assert.True(path.Value == seesDrafts, $"{caller}, unpublished story, {path.Key}: seen = {path.Value}"));

            // The area page is output-cached: it holds what the public sees, whoever asks (and asks first).
            var areaPage = await TextAsync(client, "/wijken/WK034403");
            Assert.Contains(PublishedProject, areaPage, StringComparison.Ordinal);
            Assert.Contains(PublishedStory, areaPage, StringComparison.Ordinal);
            Assert.DoesNotContain(DraftProject, areaPage, StringComparison.Ordinal);
            Assert.DoesNotContain(DraftStory, areaPage, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DraftAndSmallNumberFigures_PageApiDownloadExport_SameAnswerForEveryCaller(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);

        foreach (var caller in Callers)
        {
            using var client = await ClientAsync(app, caller);

            // Nieuwegein's only figure (77.7) is a draft: it waits for review and is nowhere, for no one.
            Assert.Contains("74,1", await TextAsync(client, "/wijken/GM0344"), StringComparison.Ordinal);
            Assert.DoesNotContain("77,7", await TextAsync(client, "/wijken/GM0356"), StringComparison.Ordinal);
            Assert.Equal(0, JsonDocument.Parse(await TextAsync(client, "/api/v1/observations?area=GM0356")).RootElement.GetArrayLength());
            Assert.DoesNotContain("GM0356", await TextAsync(client, "/api/v1/observations?area=GM0356&format=csv"), StringComparison.Ordinal);
            var everything = await TextAsync(client, "/api/v1/observations?format=csv");
            Assert.Contains("GM0344", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("GM0356", everything, StringComparison.Ordinal);

            // A survey figure on 12 respondents loses its value for every web caller, signed in or not.
            var small = JsonDocument.Parse(await TextAsync(client, "/api/v1/observations?area=WK034403&period=2020")).RootElement;
            Assert.Equal(JsonValueKind.Null, Assert.Single(small.EnumerateArray()).GetProperty("value").ValueKind);
        }

        // The CLI export reads as the public unless the operator asks for everything; drafts are in neither.
        var publicExport = await RunCliAsync(app.Database, "export", "observations");
        var operatorExport = await RunCliAsync(app.Database, "export", "observations", "--include-unpublished");
        Assert.Contains("GM0344,ervaren_gezondheid_goed,2022,18+,74.1", publicExport, StringComparison.Ordinal);
        Assert.DoesNotContain("GM0356", publicExport, StringComparison.Ordinal);
        Assert.DoesNotContain("GM0356", operatorExport, StringComparison.Ordinal);
        Assert.Contains("WK034403,ervaren_gezondheid_goed,2020,18+,,,,12,", publicExport, StringComparison.Ordinal);
        Assert.Contains("WK034403,ervaren_gezondheid_goed,2020,18+,61.2,", operatorExport, StringComparison.Ordinal);
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await ApiTestData.SeedObservationsAsync(database);
        await ApiTestData.ImportAsync(database, publish: true, "klein.csv", "50090NED", ("WK034403", ApiTestData.Health, "2020", "18+", 61.2, 50.1, 72.3, 12));
        await StoryTestData.AddAccountAsync(database, Email(WijkpeilRoles.Viewer), WijkpeilRoles.Viewer);
        await StoryTestData.AddAccountAsync(database, Email(WijkpeilRoles.KnowledgePartner), WijkpeilRoles.KnowledgePartner);

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var programme = await db.Programmes.Include(p => p.FocusAreas).Include(p => p.Pillars).SingleAsync(Ct);
        var published = Project.Create(programme, new ProjectDetails("overvecht", PublishedProject, [1], "Gemeente Utrecht")).Value;
        published.Publish();
        db.Projects.AddRange(published, Project.Create(programme, new ProjectDetails("overvecht", DraftProject, [1], "Gemeente Utrecht")).Value);
        Story MakeStory(string summary)
        {
            var story = Story.Create(programme, new StoryDetails(StoryMethod.Interview, new DateOnly(2024, 4, 1), AreaCode.From("WK034403"), 1, null, summary), Today).Value;
            Assert.True(story.RecordConsent(new DateOnly(2024, 4, 1), Today).IsSuccess);
            return story;
        }

        var publishedStory = MakeStory(PublishedStory);
        Assert.True(publishedStory.Publish().IsSuccess);
        db.Stories.AddRange(publishedStory, MakeStory(DraftStory));
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<(int Project, int Story)> IdsAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (
            await db.Projects.Where(p => p.Title == DraftProject).Select(p => p.Id).SingleAsync(Ct),
            await db.Stories.Where(s => s.Summary == DraftStory).Select(s => s.Id).SingleAsync(Ct));
    }

    private static string Email(string role) => role.ToLowerInvariant() + "@test.nl";

    private static async Task<HttpClient> ClientAsync(WijkpeilAppFactory app, string caller)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (caller != Anonymous)
        {
            Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, Email(caller), StoryTestData.Password)).StatusCode);
        }

        return client;
    }

    private static async Task<string> TextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<bool> IsOkAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<string> RunCliAsync(TestDatabase database, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings())
            .AddInMemoryCollection([new(WijkpeilStartup.LoadDefaultDataKey, "false")])
            .Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, configuration, stdout, stderr, Ct);
        Assert.True(exitCode == ExitCodes.Success, stderr.ToString());
        return stdout.ToString();
    }
}
