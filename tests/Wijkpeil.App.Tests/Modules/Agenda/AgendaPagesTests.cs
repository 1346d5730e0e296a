using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.CreateProject;
using Wijkpeil.App.Modules.Agenda.Projects;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Tests.Modules.Agenda;

/// <summary>
/// The agenda pages in the real web host: who sees what, the forms with antiforgery and server-side checks, a refusal
/// as 403 with nothing changed, and Markdown rendered inert.
/// </summary>
public sealed partial class AgendaPagesTests
{
    private const string Password = "lange zin als wachtwoord";
    private const string UtrechtEditor = "redacteur@utrecht.nl";
    private const string ZeistEditor = "redacteur@zeist.nl";
    private const string Viewer = "lezer@provincie-utrecht.nl";

    private static readonly ClaimsPrincipal Manager = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, WijkpeilRoles.ProgrammeManager)], "test"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AgendaPage_AnonymousAndSignedIn_DraftsOnlyForSignedInWithBadge(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var published = await CreateProjectAsync(app, "Buurtkamer Zamenhof", published: true);
        var draft = await CreateProjectAsync(app, "Geheim concept Vechtzoom", published: false);
        using var anonymous = Client(app);
        using var viewer = await SignedInAsync(app, Viewer);

        var anonymousList = await ReadAsync(await anonymous.GetAsync(Relative("/agenda"), Ct));
        var anonymousDraft = await anonymous.GetAsync(Relative($"/agenda/{draft}"), Ct);
        var viewerList = await ReadAsync(await viewer.GetAsync(Relative("/agenda"), Ct));

        Assert.Contains("Buurtkamer Zamenhof", anonymousList, StringComparison.Ordinal);
        Assert.Contains($"href=\"/agenda/{published}\"", anonymousList, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim concept Vechtzoom", anonymousList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, anonymousDraft.StatusCode);
        Assert.Contains("Geheim concept Vechtzoom", viewerList, StringComparison.Ordinal);
        Assert.Matches(@"Geheim concept Vechtzoom</a>\s*<span class=""wp-badge"">concept</span>", viewerList);
        Assert.DoesNotContain("href=\"/agenda/nieuw\"", viewerList, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewProjectForm_UtrechtEditor_CreatesProjectShownOnItsPage(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var editor = await SignedInAsync(app, UtrechtEditor);

        var response = await PostFormAsync(editor, "/agenda/nieuw", "project", new()
        {
            ["Input.FocusArea"] = "overvecht",
            ["Input.Title"] = "Huiskamer van de wijk",
            ["Input.Pillars[1]"] = "true",
            ["Input.Pillars[3]"] = "true",
            ["Input.OwnerOrganisation"] = "Gemeente Utrecht",
            ["Input.StartDate"] = "2024-03-01",
            ["Input.MeetingPlaceName"] = "Wijkcentrum De Dreef",
            ["Input.Published"] = "true",
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = int.Parse(IdPattern().Match(location).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.EndsWith($"/agenda/{id}?opgeslagen=project", location, StringComparison.Ordinal);
        var page = await ReadAsync(await editor.GetAsync(Relative($"/agenda/{id}?opgeslagen=project"), Ct));
        Assert.Contains("De gegevens van het project zijn opgeslagen.", page, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Huiskamer van de wijk</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Wijkcentrum De Dreef", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/agenda/{id}/bewerken\"", page, StringComparison.Ordinal);
        var stored = await ProjectAsync(app, id);
        Assert.Equal(("overvecht", ProjectStatus.Planned, true, new DateOnly(2024, 3, 1)), (stored.FocusAreaCode, stored.Status, stored.IsPublished, stored.StartDate!.Value));
        Assert.Equal([1, 3], stored.PillarNumbers);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewProjectForm_MissingTitle_MessageAtFieldKeepsValuesAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var editor = await SignedInAsync(app, UtrechtEditor);

        var response = await PostFormAsync(editor, "/agenda/nieuw", "project", new()
        {
            ["Input.FocusArea"] = "overvecht",
            ["Input.Title"] = " ",
            ["Input.Pillars[2]"] = "true",
            ["Input.OwnerOrganisation"] = "Stichting Buurtwerk",
        });
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<a class=\"utrecht-link\" href=\"#project-title\">[^<]*titel[^<]*</a>", html);
        Assert.Matches("id=\"project-title\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"project-title-fout\"", html);
        Assert.Contains("id=\"project-title-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Stichting Buurtwerk\"", html, StringComparison.Ordinal);
        Assert.Matches("name=\"Input.Pillars\\[2\\]\" value=\"true\" checked", html);
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.False(await db.Projects.AnyAsync(Ct));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == AuditEntityTypes.Project, Ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPage_ZeistEditorOnOvervechtProject_Refuses403AndForgedPostsChangeNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var id = await CreateProjectAsync(app, "Speeltuin Zamenhofdreef", published: true);
        using var zeist = await SignedInAsync(app, ZeistEditor);
        var auditBefore = await AuditCountAsync(app);

        var page = await zeist.GetAsync(Relative($"/agenda/{id}/bewerken"), Ct);
        var pageHtml = await ReadAsync(page);

        // A token of the editor's own session, from a form the editor may use: only the permission is wrong.
        var token = AntiforgeryToken(await ReadAsync(await zeist.GetAsync(Relative("/agenda/nieuw"), Ct)));
        var forged = new List<HttpResponseMessage>
        {
            await PostAsync(zeist, $"/agenda/{id}/bewerken", "project", token, new() { ["Input.FocusArea"] = "overvecht", ["Input.Title"] = "Gekaapt", ["Input.Pillars[1]"] = "true" }),
            await PostAsync(zeist, $"/agenda/{id}/bewerken", "voortgang", token, new() { ["Input.Date"] = "2024-05-01", ["Input.Text"] = "Gekaapt" }),
            await PostAsync(zeist, $"/agenda/{id}/bewerken", "financiering", token, new() { ["Input.Funder"] = "Rijk", ["Input.Year"] = "2024", ["Input.Budget"] = "1000" }),
            await PostAsync(zeist, $"/agenda/{id}/bewerken", "status", token, new() { ["Input.Action"] = "Stop", ["Input.Date"] = "2024-05-01", ["Input.Reason"] = "Gekaapt" }),
            await PostAsync(zeist, $"/agenda/{id}/verwijderen", "verwijderen", token, new() { ["Input.Confirmed"] = "true" }),
            await PostAsync(zeist, "/agenda/nieuw", "project", token, new() { ["Input.FocusArea"] = "overvecht", ["Input.Title"] = "Gekaapt", ["Input.Pillars[1]"] = "true" }),
        };

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Geen toegang", pageHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", pageHtml[pageHtml.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.All(forged, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var stored = await ProjectAsync(app, id);
        Assert.Equal(("Speeltuin Zamenhofdreef", ProjectStatus.Planned, 0, 0), (stored.Title, stored.Status, stored.ProgressUpdates.Count, stored.FundingLines.Count));
        Assert.Equal(auditBefore, await AuditCountAsync(app));
        Assert.Equal(1, await ProjectCountAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FormPages_ViewerOrAnonymous_RefusedOrSentToLogin(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var id = await CreateProjectAsync(app, "Straatfeest", published: true);
        using var viewer = await SignedInAsync(app, Viewer);
        using var anonymous = Client(app);
        using var browser = new HttpRequestMessage(HttpMethod.Get, Relative($"/agenda/{id}/bewerken"));
        browser.Headers.Accept.ParseAdd("text/html");

        var viewerNew = await viewer.GetAsync(Relative("/agenda/nieuw"), Ct);
        var viewerEdit = await viewer.GetAsync(Relative($"/agenda/{id}/bewerken"), Ct);
        var anonymousEdit = await anonymous.SendAsync(browser, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, viewerNew.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Found, anonymousEdit.StatusCode);
        Assert.Equal($"/inloggen?ReturnUrl=%2Fagenda%2F{id}%2Fbewerken", anonymousEdit.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SubForms_UtrechtEditor_EachChangeShowsOnTheProjectPage(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var id = await CreateProjectAsync(app, "Renovatie L-flats", published: true);
        var indicator = await AnyIndicatorCodeAsync(app);
        using var editor = await SignedInAsync(app, UtrechtEditor);
        var edit = $"/agenda/{id}/bewerken";

        var responses = new List<HttpResponseMessage>
        {
            await PostFormAsync(editor, edit, "voortgang", new() { ["Input.Date"] = "2024-06-01", ["Input.Text"] = "Eerste **bewonersavond** gehouden", ["Input.PercentComplete"] = "20" }),
            await PostFormAsync(editor, edit, "prestatie", new() { ["Input.Kind"] = "HowMuch", ["Input.Name"] = "Gerenoveerde woningen", ["Input.Unit"] = "Count", ["Input.UnitLabel"] = "woningen" }),
        };
        var measureId = (await ProjectAsync(app, id)).OutputMeasures.Single().Id;
        responses.Add(await PostFormAsync(editor, edit, "waarde", new() { ["Value.Measure"] = measureId.ToString(CultureInfo.InvariantCulture), ["Value.Period"] = "2024", ["Value.Target"] = "120", ["Value.Realised"] = "45" }));
        responses.Add(await PostFormAsync(editor, edit, "indicator", new() { ["Input.Code"] = indicator }));
        responses.Add(await PostFormAsync(editor, edit, "financiering", new() { ["Input.Funder"] = "Provincie", ["Input.Year"] = "2024", ["Input.Budget"] = "12.500", ["Input.Committed"] = "15000", ["Input.Spent"] = "7.500,50" }));
        responses.Add(await PostFormAsync(editor, edit, "status", new() { ["Input.Action"] = "Start", ["Input.Date"] = "2024-04-01" }));
        var page = await ReadAsync(await Client(app).GetAsync(Relative($"/agenda/{id}"), Ct));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Found, r.StatusCode));
        Assert.Contains("<strong>bewonersavond</strong>", page, StringComparison.Ordinal);
        Assert.Contains("20% gereed", page, StringComparison.Ordinal);
        Assert.Contains("Hoeveel hebben we gedaan?", page, StringComparison.Ordinal);
        Assert.Matches(@"Gerenoveerde woningen \(woningen\)</th>\s*<td[^>]*>2024</td>\s*<td[^>]*>120 woningen</td>\s*<td[^>]*>45 woningen</td>", page);
        Assert.Contains($"href=\"/indicatoren/{indicator}\"", page, StringComparison.Ordinal);
        Assert.Contains("€\u00A012.500", page, StringComparison.Ordinal);
        Assert.Contains("€\u00A07.500,50", page, StringComparison.Ordinal);
        Assert.Contains("€\u00A02.500 meer verplicht dan begroot", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"wp-status wp-status--running\">lopend</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/bewerken", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SubForms_InvalidValues_MessageAtFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var id = await CreateProjectAsync(app, "Schoon en heel", published: true);
        using var editor = await SignedInAsync(app, UtrechtEditor);
        var auditBefore = await AuditCountAsync(app);

        var funding = await ReadAsync(await PostFormAsync(editor, $"/agenda/{id}/bewerken", "financiering", new() { ["Input.Funder"] = "Other", ["Input.Year"] = "2024", ["Input.Budget"] = "veel" }));
        var progress = await ReadAsync(await PostFormAsync(editor, $"/agenda/{id}/bewerken", "voortgang", new() { ["Input.Date"] = "2024-06-01", ["Input.Text"] = "Gedaan", ["Input.PercentComplete"] = "140" }));

        Assert.Contains("href=\"#financiering-budget\"", funding, StringComparison.Ordinal);
        Assert.Contains("id=\"financiering-budget-fout\"", funding, StringComparison.Ordinal);
        Assert.Contains("value=\"veel\"", funding, StringComparison.Ordinal);
        Assert.Contains("href=\"#voortgang-percentComplete\"", progress, StringComparison.Ordinal);
        Assert.Contains("140 procent gereed kan niet", progress, StringComparison.Ordinal);
        Assert.Equal(auditBefore, await AuditCountAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProjectPage_MarkdownPayloadsInDescriptionAndProgress_RenderInert(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        const string payload = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))";
        var id = await CreateProjectAsync(app, "Veilige tekst", published: true, description: payload);
        using var editor = await SignedInAsync(app, UtrechtEditor);
        var added = await PostFormAsync(editor, $"/agenda/{id}/bewerken", "voortgang", new() { ["Input.Date"] = "2024-06-01", ["Input.Text"] = payload });

        var html = await (await Client(app).GetAsync(Relative($"/agenda/{id}"), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Equal(2, Regex.Count(html, "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<[^>]+onerror", html);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProjectPage_WithoutPermission_ShowsNoEditLinks(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var id = await CreateProjectAsync(app, "Moestuin Overvecht", published: true);
        using var zeist = await SignedInAsync(app, ZeistEditor);
        using var viewer = await SignedInAsync(app, Viewer);
        using var utrecht = await SignedInAsync(app, UtrechtEditor);

        foreach (var client in new[] { Client(app), zeist, viewer })
        {
            var html = await ReadAsync(await client.GetAsync(Relative($"/agenda/{id}?opgeslagen=project"), Ct));
            Assert.Contains("Moestuin Overvecht", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/bewerken", html, StringComparison.Ordinal);
            Assert.DoesNotContain("De gegevens van het project zijn opgeslagen.", html, StringComparison.Ordinal);
        }

        Assert.Contains($"href=\"/agenda/{id}/bewerken\"", await ReadAsync(await utrecht.GetAsync(Relative($"/agenda/{id}"), Ct)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeletePage_UtrechtEditorConfirms_DeletesAndReturnsToTheAgenda(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var id = await CreateProjectAsync(app, "Tijdelijk project", published: true);
        using var editor = await SignedInAsync(app, UtrechtEditor);

        var confirmation = await ReadAsync(await editor.GetAsync(Relative($"/agenda/{id}/verwijderen"), Ct));
        var response = await PostFormAsync(editor, $"/agenda/{id}/verwijderen", "verwijderen", new() { ["Input.Confirmed"] = "true" });

        Assert.Contains("Weet u zeker dat u het project ‘Tijdelijk project’ wilt verwijderen?", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/agenda?verwijderd=true", response.Headers.Location!.PathAndQuery);
        Assert.Equal(0, await ProjectCountAsync(app));
    }

    private static async Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, async database =>
        {
            await using var scope = database.CreateScope();
            var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
            await seeder.SeedCatalogueAsync(Ct);
            await seeder.SeedProgrammeAsync(Ct);
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            foreach (var account in new[]
            {
                new NewAccount(UtrechtEditor, WijkpeilRoles.AreaEditor, ["GM0344"], Password),
                new NewAccount(ZeistEditor, WijkpeilRoles.AreaEditor, ["GM0355"], Password),
                new NewAccount(Viewer, WijkpeilRoles.Viewer, [], Password),
            })
            {
                var added = await users.AddAsync(account, Ct);
                Assert.True(added.Succeeded, added.ToString());
            }
        });
        return app;
    }

    private static async Task<int> CreateProjectAsync(WijkpeilAppFactory app, string title, bool published, string? description = null)
    {
        await using var scope = app.Database.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<CreateProjectHandler>();
        var request = new ProjectRequest("overvecht", title, [1], ProjectStatus.Planned, published, Description: description);
        var result = await handler.HandleAsync(Manager, request, Ct);
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
        return result.Value.ProjectId;
    }

    private static async Task<Project> ProjectAsync(WijkpeilAppFactory app, int id)
    {
        await using var scope = app.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.AsNoTracking()
            .Include(p => p.Pillars).Include(p => p.ProgressUpdates).Include(p => p.OutputMeasures).Include(p => p.FundingLines)
            .AsSplitQuery().SingleAsync(p => p.Id == id, Ct);
    }

    private static async Task<int> ProjectCountAsync(WijkpeilAppFactory app)
    {
        await using var scope = app.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.CountAsync(Ct);
    }

    private static async Task<int> AuditCountAsync(WijkpeilAppFactory app)
    {
        await using var scope = app.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.CountAsync(Ct);
    }

    private static async Task<string> AnyIndicatorCodeAsync(WijkpeilAppFactory app)
    {
        await using var scope = app.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Indicators.OrderBy(i => i.Code).Select(i => i.Code).FirstAsync(Ct);
    }

    private static HttpClient Client(WijkpeilAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpClient> SignedInAsync(WijkpeilAppFactory app, string email)
    {
        var client = Client(app);
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, Password)).StatusCode);
        return client;
    }

    /// <summary>Fetches the page (for its antiforgery token) and posts one of its forms, as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(Relative(path), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await PostAsync(client, path, formName, AntiforgeryToken(await page.Content.ReadAsStringAsync(Ct)), fields);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, string token, Dictionary<string, string> fields)
    {
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = token;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(Relative(path), form, Ct);
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("Geen antiforgery-token in de pagina."));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"/agenda/(\d+)")]
    private static partial Regex IdPattern();
}
