using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.App.Tests.Security;

namespace Wijkpeil.App.Tests.Api;

/// <summary>
/// /api/v1/projects on the real host: reading with and without credentials, create/replace/delete, field errors,
/// over-posting, CSRF for cookie callers and the OpenAPI description (the authorisation matrix is in Security/AuthorisationMatrixTests).
/// </summary>
public sealed class ProjectApiTests(ProjectApiHosts hosts) : IClassFixture<ProjectApiHosts>
{
    private const string Projects = "/api/v1/projects";
    private static readonly string Editor = WijkpeilRoles.AreaEditor;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_MinimalBody_201AndDraftVisibleToTokenHolderNotToAnonymousUntilPublished(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var editor = host.ClientFor(Editor);
        using var anonymous = host.ClientFor(AuthorisationMatrix.Anonymous);
        const string body = """{"focusArea":"WK034403","title":"Buurtkamer Zamenhof","pillars":[1],"status":"Planned"}""";

        var created = await editor.PostAsync(Projects, new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var project = await BodyAsync(created);
        var id = project.GetProperty("id").GetInt32();
        Assert.Equal($"{Projects}/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("overvecht", "planned", false), (project.GetProperty("focusArea").GetString(), project.GetProperty("status").GetString(), project.GetProperty("published").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"{Projects}/{id}", Ct)).StatusCode);
        await ApiAssert.ProblemAsync(await anonymous.GetAsync($"{Projects}/{id}", Ct), HttpStatusCode.NotFound);
        Assert.DoesNotContain(await ListTitlesAsync(anonymous, "?focusArea=overvecht"), t => t == "Buurtkamer Zamenhof");
        Assert.Contains(await ListTitlesAsync(editor, "?focusArea=WK034403"), t => t == "Buurtkamer Zamenhof");

        var published = await editor.PutAsync($"{Projects}/{id}", Json(Minimal("Buurtkamer Zamenhof") with { Published = true }), Ct);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{Projects}/{id}", Ct)).StatusCode);
        Assert.Contains(await ListTitlesAsync(anonymous, "?focusArea=overvecht&pillar=1&status=PLANNED"), t => t == "Buurtkamer Zamenhof");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Put_WithAndWithoutCollections_ReplacesGivenCollectionsKeepsTheRest(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var editor = host.ClientFor(Editor);
        var id = await CreateAsync(host, Minimal("L-flat renovatie"));
        var full = new
        {
            focusArea = "overvecht",
            title = "L-flat renovatie met Voor L-kaar",
            pillars = new[] { 3, 5 },
            status = "running",
            startDate = "2024-02-01",
            ownerOrganisation = "Gemeente Utrecht",
            description = "**Renovatie** met bewoners",
            outputs = new[] { new { kind = "howMuch", name = "Woningen gerenoveerd", unit = "count", unitLabel = "woningen", values = new[] { new { periodCode = "2024", target = 120, realised = 30 } } } },
            funding = new[] { new { funder = "rijk", year = 2024, budget = 250000.50m, committed = 100000m } },
            progress = new[] { new { date = "2024-09-01", text = "Eerste blok klaar", percentComplete = 25 } },
        };

        var replaced = await BodyAsync(await editor.PutAsync($"{Projects}/{id}", Json(full), Ct), HttpStatusCode.OK);
        var withoutCollections = new { full.focusArea, full.title, full.pillars, full.status, full.startDate, full.ownerOrganisation, full.description };
        var detailsOnly = await BodyAsync(await editor.PutAsync($"{Projects}/{id}", Json(withoutCollections), Ct), HttpStatusCode.OK);
        var emptied = await BodyAsync(await editor.PutAsync($"{Projects}/{id}", Json(new { focusArea = "overvecht", title = "L-flat", full.pillars, status = "Running", startDate = "2024-02-01", funding = Array.Empty<object>() }), Ct), HttpStatusCode.OK);

        Assert.Equal(("running", "2024-02-01", 25), (replaced.GetProperty("status").GetString(), replaced.GetProperty("startDate").GetString(), replaced.GetProperty("percentComplete").GetInt32()));
        Assert.Equal(30, replaced.GetProperty("outputs")[0].GetProperty("values")[0].GetProperty("realised").GetDouble());
        Assert.Equal(250000.50m, replaced.GetProperty("funding")[0].GetProperty("budget").GetDecimal());
        Assert.Equal("rijk", replaced.GetProperty("funding")[0].GetProperty("funder").GetString());
        Assert.Equal((1, 1, 1), (detailsOnly.GetProperty("outputs").GetArrayLength(), detailsOnly.GetProperty("funding").GetArrayLength(), detailsOnly.GetProperty("progress").GetArrayLength()));
        Assert.Equal((1, 0, 1, (string?)null), (emptied.GetProperty("outputs").GetArrayLength(), emptied.GetProperty("funding").GetArrayLength(), emptied.GetProperty("progress").GetArrayLength(), emptied.GetProperty("ownerOrganisation").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Delete_ExistingProject_204ThenGone(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var manager = host.ClientFor(WijkpeilRoles.ProgrammeManager);
        var id = await CreateAsync(host, Minimal("Projectenhuis"));

        var deleted = await manager.DeleteAsync($"{Projects}/{id}", Ct);
        var again = await manager.DeleteAsync($"{Projects}/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ApiAssert.ProblemAsync(again, HttpStatusCode.NotFound);
        await ApiAssert.ProblemAsync(await manager.GetAsync($"{Projects}/{id}", Ct), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_RefusedBodies_400WithTheMessageAtTheFieldAndNothingStored(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var editor = host.ClientFor(Editor);
        var cases = new (string Body, string Field)[]
        {
            ("""{"focusArea":"overvecht","title":"Fout 1","pillars":[1],"status":"finished"}""", "status"),
            ("""{"focusArea":"overvecht","title":"Fout 2","pillars":[1]}""", "status"),
            ("""{"focusArea":"overvecht","title":"Fout 3","pillars":[1],"status":7}""", "status"),
            ("""{"focusArea":"overvecht","title":"Fout 4","pillars":[1],"status":"planned""", string.Empty),
            ("""{"focusArea":"overvecht","title":"  ","pillars":[1],"status":"planned"}""", "title"),
            ("""{"focusArea":"GM0344","title":"Fout 6","pillars":[1],"status":"planned"}""", "focusArea"),
            ("""{"focusArea":"overvecht","title":"Fout 7","pillars":["1"],"status":"planned"}""", "pillars[0]"),
            ("""{"focusArea":"overvecht","title":"Fout 8","pillars":[9],"status":"planned"}""", "pillars"),
            ("""{"focusArea":"overvecht","title":"Fout 9","pillars":[1],"status":"planned","startDate":"1-2-2024"}""", "startDate"),
            ("""{"focusArea":"overvecht","title":"Fout 10","pillars":[1],"status":"running"}""", "startDate"),
            ("""{"focusArea":"overvecht","title":"Fout 11","pillars":[1],"status":"planned","outputs":[{"kind":"sometimes","name":"x","unit":"count","unitLabel":"x"}]}""", "outputs[0].kind"),
            ("""{"focusArea":"overvecht","title":"Fout 12","pillars":[1],"status":"planned","funding":[{"funder":"rijk","year":2024,"budget":-5}]}""", "funding[0].budget"),
            ("""{"focusArea":"overvecht","title":"Fout 13","pillars":[1],"status":"planned","indicators":["bestaat_niet"]}""", "indicators[0]"),
        };

        foreach (var (body, field) in cases)
        {
            var response = await editor.PostAsync(Projects, new StringContent(body, Encoding.UTF8, "application/json"), Ct);
            var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
            var errors = problem.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{body} → {errors}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }

        Assert.Empty(await TitlesAsync(host, "Fout "));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_UnknownMemberOrWrongType_ProblemAtTheFieldInTheAcceptLanguage(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var editor = host.ClientFor(Editor);
        var cases = new (string Body, string Field, string Dutch, string English)[]
        {
            ("""{"focusArea":"overvecht","title":"Taal 1","pillars":[1],"status":"planned","colour":"red"}""", "colour",
                "Het veld 'colour' bestaat niet of kan niet worden gezet.",
                "The field 'colour' does not exist or cannot be set."),
            ("""{"focusArea":"overvecht","title":"Taal 2","pillars":[1],"status":"planned","startDate":true}""", "startDate",
                "Het veld 'startDate' heeft geen geldige waarde; zie het schema in /openapi/v1.json.",
                "The field 'startDate' has no valid value; see the schema in /openapi/v1.json."),
            ("""{"focusArea":"overvecht","title":"Taal 3","pillars":[1],"status":"finished"}""", "status",
                "Status 'finished' bestaat niet: kies planned, running, completed of stopped.",
                "Status 'finished' does not exist: choose planned, running, completed or stopped."),
        };

        foreach (var (body, field, dutch, english) in cases)
        {
            foreach (var (language, expected) in new[] { ("en-GB,en;q=0.9", english), ("nl-NL", dutch), ("de-DE, en;q=0.5", english) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, Projects) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.AcceptLanguage.ParseAdd(language);
                var response = await editor.SendAsync(request, Ct);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
                Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"{language} {body} → {problem}");
                Assert.Equal(expected, messages[0].GetString());
                Assert.Equal(expected, problem.GetProperty("detail").GetString());

                // Nothing of System.Text.Json's own (English) exception text reaches the caller.
                Assert.DoesNotContain("could not", problem.ToString(), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("System.", problem.ToString(), StringComparison.Ordinal);
            }
        }

        Assert.Empty(await TitlesAsync(host, "Taal "));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostAndPut_ReadOnlyOrUnknownProperties_RefusedSoTheyCannotBeSet(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var editor = host.ClientFor(Editor);
        var id = await CreateAsync(host, Minimal("Winkelstraatmanager"));

        var extras = new (string Json, string Field)[]
        {
            ("\"id\":424242", "id"), ("\"exampleData\":true", "exampleData"), ("\"isExampleData\":true", "isExampleData"), ("\"programmeId\":2", "programmeId"),
            ("\"outputs\":[{\"id\":1,\"kind\":\"howMuch\",\"name\":\"x\",\"unit\":\"count\",\"unitLabel\":\"x\"}]", "outputs[0].id"),
        };
        foreach (var (extra, field) in extras)
        {
            var body = $$"""{"focusArea":"overvecht","title":"Overgeschreven","pillars":[1],"status":"planned",{{extra}}}""";
            var post = await editor.PostAsync(Projects, new StringContent(body, Encoding.UTF8, "application/json"), Ct);
            var put = await editor.PutAsync($"{Projects}/{id}", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
            var problem = await ApiAssert.ProblemAsync(post, HttpStatusCode.BadRequest);
            await ApiAssert.ProblemAsync(put, HttpStatusCode.BadRequest);
            Assert.Equal("request.body.unknown_property", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem.GetProperty("errors")}");
        }

        Assert.Equal(["Winkelstraatmanager"], await TitlesAsync(host, "Winkelstraatmanager"));
        Assert.Empty(await TitlesAsync(host, "Overgeschreven"));
        await using var scope = host.App.Database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.SingleAsync(p => p.Id == id, Ct);
        Assert.False(stored.IsExampleData);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Post_CookieWithoutAntiforgeryHeader_RefusedWhileBearerWorks(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var browser = host.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(browser, ProjectApiHosts.EmailOf(Editor), ProjectApiHosts.Password)).StatusCode);
        using var program = host.ClientFor(Editor);

        var forged = await browser.PostAsync(Projects, Json(Minimal("Vervalst verzoek")), Ct);
        var withToken = await program.PostAsync(Projects, Json(Minimal("Met token")), Ct);

        var problem = await ApiAssert.ProblemAsync(forged, HttpStatusCode.BadRequest);
        Assert.Equal("antiforgery.missing", problem.GetProperty("code").GetString());
        Assert.StartsWith("Met een inlogcookie moet een wijziging via de API de antiforgery-token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("RequestVerificationToken", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using (var english = new HttpRequestMessage(HttpMethod.Post, Projects) { Content = Json(Minimal("Vervalst verzoek")) })
        {
            english.Headers.AcceptLanguage.ParseAdd("en-GB");
            var refused = await ApiAssert.ProblemAsync(await browser.SendAsync(english, Ct), HttpStatusCode.BadRequest);
            Assert.Equal("antiforgery.missing", refused.GetProperty("code").GetString());
            Assert.Equal(
                "With a login cookie, a change through the API must send the page's antiforgery token in the RequestVerificationToken header; a program uses a personal access token (Authorization: Bearer).",
                refused.GetProperty("detail").GetString());
        }

        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);
        Assert.Empty(await TitlesAsync(host, "Vervalst verzoek"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_UnknownFilters_400AtTheFilter(DatabaseProvider provider)
    {
        var host = await hosts.GetAsync(provider);
        using var anonymous = host.ClientFor(AuthorisationMatrix.Anonymous);

        var status = await ApiAssert.ProblemAsync(await anonymous.GetAsync($"{Projects}?status=1", Ct), HttpStatusCode.BadRequest);
        var area = await ApiAssert.ProblemAsync(await anonymous.GetAsync($"{Projects}?focusArea=utrecht", Ct), HttpStatusCode.BadRequest);

        Assert.True(status.GetProperty("errors").TryGetProperty("status", out _));
        Assert.True(area.GetProperty("errors").TryGetProperty("focusArea", out _));
    }

    [Fact]
    public async Task OpenApi_ProjectEndpoints_HaveRequestAndResponseSchemasAndStatuses()
    {
        var host = await hosts.GetAsync(DatabaseProvider.Sqlite);
        using var client = host.ClientFor(AuthorisationMatrix.Anonymous);

        var document = await ApiAssert.OkJsonAsync(await client.GetAsync("/openapi/v1.json", Ct));

        var paths = document.GetProperty("paths");
        var post = paths.GetProperty(Projects).GetProperty("post");
        Assert.Equal(["200", "400"], paths.GetProperty(Projects).GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["201", "400", "401", "403"], post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "400", "401", "403", "404"], paths.GetProperty($"{Projects}/{{id}}").GetProperty("put").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["204", "401", "403", "404"], paths.GetProperty($"{Projects}/{{id}}").GetProperty("delete").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "404"], paths.GetProperty($"{Projects}/{{id}}").GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            "#/components/schemas/ProjectRequest",
            post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal(
            "#/components/schemas/ProjectResponse",
            post.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var request = schemas.GetProperty("ProjectRequest").GetProperty("properties");
        Assert.All(["focusArea", "title", "pillars", "status", "outputs", "funding", "indicators", "progress"], name => Assert.True(request.TryGetProperty(name, out _), name));
        Assert.False(request.TryGetProperty("id", out _));
        Assert.True(schemas.GetProperty("ProjectResponse").GetProperty("properties").TryGetProperty("id", out _));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MinimalProject Minimal(string title) => new("WK034403", title, [1], "planned");

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body, body.GetType(), JsonSerializerOptions.Web), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<int> CreateAsync(ProjectApiHosts.Host host, MinimalProject project)
    {
        using var manager = host.ClientFor(WijkpeilRoles.ProgrammeManager);
        var body = await BodyAsync(await manager.PostAsync(Projects, Json(project), Ct), HttpStatusCode.Created);
        return body.GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task<string?[]> ListTitlesAsync(HttpClient client, string query)
    {
        var list = await ApiAssert.OkJsonAsync(await client.GetAsync(Projects + query, Ct));
        return [.. list.EnumerateArray().Select(p => p.GetProperty("title").GetString())];
    }

    private static async Task<string[]> TitlesAsync(ProjectApiHosts.Host host, string startingWith)
    {
        await using var scope = host.App.Database.CreateScope();
        var titles = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.Select(p => p.Title).ToListAsync(Ct);
        return [.. titles.Where(t => t.StartsWith(startingWith, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The API's minimal project body, in the JSON names the API uses.</summary>
    private sealed record MinimalProject(string FocusArea, string Title, int[] Pillars, string Status, bool Published = false);
}
