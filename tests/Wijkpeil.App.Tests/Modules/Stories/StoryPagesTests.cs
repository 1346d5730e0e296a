using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Stories;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;

namespace Wijkpeil.App.Tests.Modules.Stories;

/// <summary>The story pages in the real web host: what anonymous and signed-in readers see, the forms and their refusals.</summary>
public sealed partial class StoryPagesTests
{
    private const string UtrechtEditor = "redacteur@utrecht.nl";
    private const string ZeistEditor = "redacteur@zeist.nl";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListPage_AnonymousAndSignedIn_ShowsDraftsOnlyToSignedInReadersMarkedAsDraft(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields(summary: "Gepubliceerd verhaal over de buurtkamer"), publish: true);
        await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields(summary: "Concept over het speelveld"));
        await StoryTestData.AddAccountAsync(app.Database, "kijker@provincie-utrecht.nl", WijkpeilRoles.Viewer);
        using var anonymous = CreateClient(app);
        using var viewer = await SignedInAsync(app, "kijker@provincie-utrecht.nl");

        var publicList = await ReadAsync(await anonymous.GetAsync("/verhalen", TestContext.Current.CancellationToken));
        var viewerList = await ReadAsync(await viewer.GetAsync("/verhalen", TestContext.Current.CancellationToken));
        var filteredAway = await ReadAsync(await anonymous.GetAsync("/verhalen?focusgebied=vollenhove", TestContext.Current.CancellationToken));

        Assert.Contains("Gepubliceerd verhaal over de buurtkamer", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain("Concept over het speelveld", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain(">Concept<", publicList, StringComparison.Ordinal);
        Assert.Contains("Concept over het speelveld", viewerList, StringComparison.Ordinal);
        Assert.Contains(">Concept<", viewerList, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuw verhaal", viewerList, StringComparison.Ordinal); // a Viewer writes nothing
        Assert.DoesNotContain("Gepubliceerd verhaal over de buurtkamer", filteredAway, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoryPage_Draft_IsNotFoundForAnonymousReadersAndMarkedForSignedIn(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var draft = await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields(summary: "Concept over het speelveld"));
        using var anonymous = CreateClient(app);
        using var editor = await SignedInAsync(app, UtrechtEditor);

        var hidden = await anonymous.GetAsync($"/verhalen/{draft}", TestContext.Current.CancellationToken);
        var shown = await ReadAsync(await editor.GetAsync($"/verhalen/{draft}", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("Concept over het speelveld", await ReadAsync(hidden), StringComparison.Ordinal);
        Assert.Contains("Concept over het speelveld", shown, StringComparison.Ordinal);
        Assert.Contains("Dit verhaal is een concept", shown, StringComparison.Ordinal);
        Assert.Contains($"href=\"/verhalen/{draft}/bewerken\"", shown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StoryPage_MarkdownWithScriptEventHandlerAndJavascriptLink_RendersInert(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var body = "Gewone tekst met **nadruk**.\n\n<script>alert('xss')</script>\n\n<img src=x onerror=alert(1)>\n\n[klik hier](javascript:alert(2))\n\n<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">link</a>";
        int projectId;
        await using (var scope = app.Database.CreateScope())
        {
            projectId = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.Where(p => p.FocusAreaCode == "overvecht").Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        var id = await StoryTestData.CreateAsync(
            app.Database,
            StoryTestData.Fields(projectId: projectId) with { Body = body },
            publish: true,
            quotes: [new QuoteRequest("<b onmouseover=alert(5)>Fijn</b> dat er iets gebeurt", "bewoner, 67 jaar", false)]);
        using var anonymous = CreateClient(app);

        var html = await anonymous.GetStringAsync($"/verhalen/{id}", TestContext.Current.CancellationToken);

        Assert.Contains("<strong>nadruk</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ScriptElement(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotMatch(JavascriptLink(), html);
        Assert.Contains("<a rel=\"nofollow noopener noreferrer\">klik hier</a>", html, StringComparison.Ordinal); // the Markdown link lost its href
        Assert.Contains("&lt;a href=\"javascript:alert(3)\"", html, StringComparison.Ordinal); // typed HTML shows as text
        Assert.Contains("<blockquote", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover=alert(5)&gt;Fijn&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("— bewoner, 67 jaar", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"href=\"/agenda/{projectId}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewPage_AnonymousOrWithoutStoryRights_RedirectsToLoginOrRefusesWith403(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await StoryTestData.AddAccountAsync(app.Database, "subsidie@provincie-utrecht.nl", WijkpeilRoles.SubsidyOfficer, "GM0344");
        using var anonymous = CreateClient(app);
        using var officer = await SignedInAsync(app, "subsidie@provincie-utrecht.nl");
        using var browserRequest = new HttpRequestMessage(HttpMethod.Get, "/verhalen/nieuw");
        browserRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var redirected = await anonymous.SendAsync(browserRequest, TestContext.Current.CancellationToken);
        var refused = await officer.GetAsync("/verhalen/nieuw", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, redirected.StatusCode);
        Assert.StartsWith("/inloggen?ReturnUrl=%2Fverhalen%2Fnieuw", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var html = await ReadAsync(refused);
        Assert.Contains("Geen toegang", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewPage_PostWithMissingFields_ShowsMessagesAtTheFieldsAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var editor = await SignedInAsync(app, UtrechtEditor);

        var response = await PostFormAsync(editor, "/verhalen/nieuw", "verhaal", new() { ["Input.Area"] = "WK034403", ["Input.Summary"] = "  " });
        var html = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Controleer wat u hebt ingevuld", html, StringComparison.Ordinal);
        foreach (var (field, message) in new[] { ("method", "Kies de methode"), ("date", "Vul de datum in"), ("pillar", "Kies de pijler"), ("summary", "Vul de samenvatting in.") })
        {
            Assert.Contains($"<a class=\"utrecht-link\" href=\"#{field}\">{message}", html, StringComparison.Ordinal);
            Assert.Matches($"<p class=\"utrecht-form-field-error-message\" id=\"{field}-fout\">{Regex.Escape(message)}", html);
            Assert.Matches($"id=\"{field}\"[^>]*aria-describedby=\"[^\"]*{field}-fout\"|aria-describedby=\"[^\"]*{field}-fout\"[^>]*id=\"{field}\"", html);
        }

        Assert.DoesNotContain("id=\"area-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"WK034403\" selected", html, StringComparison.Ordinal); // the typed value stays
        await AssertNoStoriesAsync(app);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewPage_CompletePost_StoresTheStoryAndGoesToItsEditPage(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var editor = await SignedInAsync(app, UtrechtEditor);

        var response = await PostFormAsync(editor, "/verhalen/nieuw", "verhaal", new()
        {
            ["Input.Method"] = "FocusGroup",
            ["Input.Date"] = "2024-09-12",
            ["Input.Area"] = "WK034403",
            ["Input.Pillar"] = "3",
            ["Input.Summary"] = "Jongeren over de sportkooi",
            ["Input.Body"] = "Wat ze *vertelden*.",
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var story = await db.Stories.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal($"/verhalen/{story.Id}/bewerken?opgeslagen=true", response.Headers.Location!.PathAndQuery);
        Assert.Equal(("Jongeren over de sportkooi", false, (DateOnly?)null), (story.Summary, story.IsPublished, story.ConsentRecordedOn));
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == AuditEntityTypes.Story, TestContext.Current.CancellationToken);
        Assert.Equal((AuditAction.Created, UtrechtEditor), (entry.Action, entry.ActorName));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ForgedPosts_FromAZeistEditor_AreRefusedWith403AndChangeNothing(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var overvecht = await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields(summary: "Bewoners over de buurtkamer"));
        using var zeist = await SignedInAsync(app, ZeistEditor);

        var editPage = await zeist.GetAsync($"/verhalen/{overvecht}/bewerken", TestContext.Current.CancellationToken);
        var forgedEdit = await PostFormAsync(zeist, $"/verhalen/{overvecht}/bewerken", "verhaal", new()
        {
            ["Input.Method"] = "Interview",
            ["Input.Date"] = "2024-05-14",
            ["Input.Area"] = "WK034403",
            ["Input.Pillar"] = "3",
            ["Input.Summary"] = "Overschreven vanuit Zeist",
        }, tokenFrom: "/verhalen/nieuw");
        var forgedPublish = await PostFormAsync(zeist, $"/verhalen/{overvecht}/bewerken", "publicatie", new() { ["Publication.On"] = "true" }, tokenFrom: "/verhalen/nieuw");
        var forgedDelete = await PostFormAsync(zeist, $"/verhalen/{overvecht}/verwijderen", "verhaal-verwijderen", [], tokenFrom: "/verhalen/nieuw");
        var forgedCreate = await PostFormAsync(zeist, "/verhalen/nieuw", "verhaal", new()
        {
            ["Input.Method"] = "Interview",
            ["Input.Date"] = "2024-05-14",
            ["Input.Area"] = "WK034403",
            ["Input.Pillar"] = "3",
            ["Input.Summary"] = "Nieuw verhaal over Overvecht vanuit Zeist",
        });

        Assert.Equal(HttpStatusCode.Forbidden, editPage.StatusCode);
        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { forgedEdit.StatusCode, forgedPublish.StatusCode, forgedDelete.StatusCode });
        Assert.Equal(HttpStatusCode.Forbidden, forgedCreate.StatusCode);
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var story = await db.Stories.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("Bewoners over de buurtkamer", false), (story.Summary, story.IsPublished));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.Story, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPage_QuotesPublicationAndDelete_WorkThroughTheirForms(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var id = await StoryTestData.CreateAsync(app.Database, StoryTestData.Fields(withConsent: false));
        using var editor = await SignedInAsync(app, UtrechtEditor);
        var page = $"/verhalen/{id}/bewerken";

        var added = await PostFormAsync(editor, page, "citaat-toevoegen", new() { ["NewQuote.Text"] = "Eindelijk contact met de buren", ["NewQuote.Attribution"] = "bewoner, 34 jaar" });
        var publishRefused = await ReadAsync(await PostFormAsync(editor, page, "publicatie", new() { ["Publication.On"] = "true" }));
        int quoteId;
        await using (var scope = app.Database.CreateScope())
        {
            quoteId = (await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Stories.Include(s => s.Quotes).SingleAsync(TestContext.Current.CancellationToken)).Quotes.Single().Id;
        }

        var removed = await PostFormAsync(editor, page, "citaat-verwijderen", new() { ["Removal.QuoteId"] = quoteId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var confirmation = await ReadAsync(await editor.GetAsync($"/verhalen/{id}/verwijderen", TestContext.Current.CancellationToken));
        var deleted = await PostFormAsync(editor, $"/verhalen/{id}/verwijderen", "verhaal-verwijderen", []);

        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Contains("Dit verhaal kan niet worden gepubliceerd: er is geen toestemming vastgelegd.", publishRefused, StringComparison.Ordinal);
        Assert.Contains("id=\"published-fout\"", publishRefused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, removed.StatusCode);
        Assert.Contains("Weet u zeker dat u dit verhaal wilt verwijderen?", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, deleted.StatusCode);
        await using var check = app.Database.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Stories.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            [AuditAction.Created, AuditAction.Updated, AuditAction.Updated, AuditAction.Deleted],
            await db.AuditEntries.Where(e => e.EntityType == AuditEntityTypes.Story).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The programme and agenda, plus an AreaEditor of Utrecht (GM0344) and one of Zeist (GM0355).</summary>
    internal static async Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, StoryTestData.SeedProgrammeAsync);
        await StoryTestData.AddAccountAsync(app.Database, UtrechtEditor, WijkpeilRoles.AreaEditor, "GM0344");
        await StoryTestData.AddAccountAsync(app.Database, ZeistEditor, WijkpeilRoles.AreaEditor, "GM0355");
        return app;
    }

    internal static HttpClient CreateClient(WijkpeilAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    internal static async Task<HttpClient> SignedInAsync(WijkpeilAppFactory app, string email)
    {
        var client = CreateClient(app);
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, email, StoryTestData.Password)).StatusCode);
        return client;
    }

    /// <summary>Posts a form as a browser would, with an antiforgery token taken from <paramref name="tokenFrom"/> (default: the same page).</summary>
    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await client.GetStringAsync(tokenFrom ?? path, TestContext.Current.CancellationToken);
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, form, TestContext.Current.CancellationToken);
    }

    internal static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("Geen antiforgery-token in de pagina."));

    private static async Task AssertNoStoriesAsync(WijkpeilAppFactory app)
    {
        await using var scope = app.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        Assert.Equal(0, await db.Stories.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.EntityType == AuditEntityTypes.Story, TestContext.Current.CancellationToken));
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>\\s*alert", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("<a\\s[^>]*href\\s*=\\s*[\"']?\\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptLink();
}
