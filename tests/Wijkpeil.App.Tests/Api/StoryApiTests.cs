using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Stories;

namespace Wijkpeil.App.Tests.Api;

/// <summary>GET and POST /api/v1/stories in the real web host: visibility, the authorisation matrix, field errors, CSRF.</summary>
public sealed class StoryApiTests
{
    private static readonly object ValidStory = new
    {
        method = "interview",
        date = "2024-05-14",
        area = "WK034403",
        pillar = 3,
        summary = "Bewoners over de buurtkamer",
        body = "Het *verhaal*.",
        consentRecordedOn = "2024-05-14",
        published = true,
        quotes = new[] { new { text = "Eindelijk een plek", attribution = "bewoner, 67 jaar", named = false } },
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_AnonymousOrWithToken_ListsPublishedOnlyOrDraftsToo(DatabaseProvider provider)
    {
        await using var app = await StoryPagesTests.StartAsync(provider);
        var published = await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields(summary: "Gepubliceerd"), publish: true);
        await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields(summary: "Concept"));
        await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields("BU03550205", summary: "Vollenhove"), publish: true);
        await StoryTestData.AddAccountAsync(app.Database, "kijker@provincie-utrecht.nl", WijkpeilRoles.Viewer);
        var token = await StoryTestData.IssueTokenAsync(app.Database, "kijker@provincie-utrecht.nl");
        using var anonymous = app.CreateClient();
        using var viewer = app.CreateClient();
        viewer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var publicOvervecht = await ApiAssert.OkJsonAsync(await anonymous.GetAsync("/api/v1/stories?area=GM0344", TestContext.Current.CancellationToken));
        var viewerOvervecht = await ApiAssert.OkJsonAsync(await viewer.GetAsync("/api/v1/stories?area=WK034403&pillar=3", TestContext.Current.CancellationToken));
        var onePublic = await ApiAssert.OkJsonAsync(await anonymous.GetAsync($"/api/v1/stories/{published}", TestContext.Current.CancellationToken));
        var badArea = await ApiAssert.ProblemAsync(await anonymous.GetAsync("/api/v1/stories?area=Overvecht", TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);

        Assert.Equal(["Gepubliceerd"], publicOvervecht.EnumerateArray().Select(s => s.GetProperty("summary").GetString()));
        Assert.Equal(["Concept", "Gepubliceerd"], viewerOvervecht.EnumerateArray().Select(s => s.GetProperty("summary").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(("interview", "overvecht", true), (onePublic.GetProperty("method").GetString(), onePublic.GetProperty("focusArea").GetString(), onePublic.GetProperty("published").GetBoolean()));
        Assert.Equal(JsonValueKind.Array, badArea.GetProperty("errors").GetProperty("area").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_EveryRoleAnonymousAndAnotherGemeente_AnswersAsThePermissionsSay(DatabaseProvider provider)
    {
        await using var app = await StoryPagesTests.StartAsync(provider);
        (string Email, string? Role, string[] Gemeenten, HttpStatusCode Expected)[] matrix =
        [
            ("pm@provincie-utrecht.nl", WijkpeilRoles.ProgrammeManager, [], HttpStatusCode.Created),
            ("kp@kennispartner.nl", WijkpeilRoles.KnowledgePartner, [], HttpStatusCode.Created),
            ("ae@utrecht.nl", WijkpeilRoles.AreaEditor, ["GM0344"], HttpStatusCode.Created),
            ("ae@zeist.nl", WijkpeilRoles.AreaEditor, ["GM0355"], HttpStatusCode.Forbidden),
            ("so@utrecht.nl", WijkpeilRoles.SubsidyOfficer, ["GM0344"], HttpStatusCode.Forbidden),
            ("beoordelaar@utrecht.nl", WijkpeilRoles.Assessor, ["GM0344"], HttpStatusCode.Forbidden),
            ("co@provincie-utrecht.nl", WijkpeilRoles.Coordinator, [], HttpStatusCode.Forbidden),
            ("vi@provincie-utrecht.nl", WijkpeilRoles.Viewer, [], HttpStatusCode.Forbidden),
            ("anoniem", null, [], HttpStatusCode.Unauthorized),
        ];

        var answers = new List<string>();
        foreach (var (email, role, gemeenten, _) in matrix)
        {
            using var client = app.CreateClient();
            if (role is not null)
            {
                await StoryTestData.AddAccountAsync(app.Database, email, role, gemeenten);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StoryTestData.IssueTokenAsync(app.Database, email));
            }

            var response = await client.PostAsJsonAsync("/api/v1/stories", ValidStory, TestContext.Current.CancellationToken);
            answers.Add($"{email}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var body = await ApiAssert.JsonOfAsync(response);
                Assert.Equal($"/api/v1/stories/{body.GetProperty("id").GetInt32()}", response.Headers.Location!.OriginalString);
                Assert.Equal("bewoner, 67 jaar", body.GetProperty("quotes")[0].GetProperty("attribution").GetString());
            }
            else
            {
                await ApiAssert.ProblemAsync(response, response.StatusCode);
            }
        }

        Assert.Equal(matrix.Select(m => $"{m.Email}: {m.Expected}"), answers);
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(3, await db.Stories.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            ["ae@utrecht.nl", "kp@kennispartner.nl", "pm@provincie-utrecht.nl"],
            (await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Story).Select(e => e.ActorName).ToListAsync(TestContext.Current.CancellationToken)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_MissingAndRefusedFields_Returns400WithErrorsPerCamelCaseFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StoryPagesTests.StartAsync(provider);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StoryTestData.IssueTokenAsync(app.Database, "redacteur@utrecht.nl"));

        var missing = await ApiAssert.ProblemAsync(
            await client.PostAsJsonAsync("/api/v1/stories", new { area = "WK034403", summary = "" }, TestContext.Current.CancellationToken),
            HttpStatusCode.BadRequest);
        var noConsent = await ApiAssert.ProblemAsync(
            await client.PostAsJsonAsync("/api/v1/stories", new { method = "survey", date = "2024-01-05", area = "WK034403", pillar = 1, summary = "Enquête", published = true }, TestContext.Current.CancellationToken),
            HttpStatusCode.BadRequest);
        var namedInAnonymised = await ApiAssert.ProblemAsync(
            await client.PostAsJsonAsync(
                "/api/v1/stories",
                new { method = "interview", date = "2024-01-05", area = "WK034403", pillar = 1, summary = "Interview", anonymised = true, quotes = new[] { new { text = "Goed zo", attribution = "Fatima", named = true } } },
                TestContext.Current.CancellationToken),
            HttpStatusCode.BadRequest);

        Assert.Equal(["date", "method", "pillar", "summary"], missing.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Vul de samenvatting in.", missing.GetProperty("errors").GetProperty("summary")[0].GetString());
        Assert.Equal("story.publish.no_consent", noConsent.GetProperty("code").GetString());
        Assert.Equal(["published"], noConsent.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["anonymised"], namedInAnonymised.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        await using var scope = app.Database.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Stories.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_WithLoginCookie_NeedsTheAntiforgeryHeader(DatabaseProvider provider)
    {
        await using var app = await StoryPagesTests.StartAsync(provider);
        using var browser = await StoryPagesTests.SignedInAsync(app, "redacteur@utrecht.nl");

        var withoutHeader = await browser.PostAsJsonAsync("/api/v1/stories", ValidStory, TestContext.Current.CancellationToken);
        var page = await browser.GetStringAsync("/verhalen/nieuw", TestContext.Current.CancellationToken);
        using var withHeader = new HttpRequestMessage(HttpMethod.Post, "/api/v1/stories") { Content = JsonContent.Create(ValidStory) };
        withHeader.Headers.Add(CookieApiAntiforgery.HeaderName, StoryPagesTests.AntiforgeryToken(page));
        var accepted = await browser.SendAsync(withHeader, TestContext.Current.CancellationToken);

        var refused = await ApiAssert.ProblemAsync(withoutHeader, HttpStatusCode.BadRequest);
        Assert.Equal("antiforgery.missing", refused.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await using var scope = app.Database.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Stories.CountAsync(TestContext.Current.CancellationToken));
    }
}
