using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;

namespace Wijkpeil.App.Tests.Modules.Audit;

/// <summary>The audit trail page and its CSV export in the real web host: who may see them, filters, encoding, CSV.</summary>
public sealed partial class AuditPageTests
{
    private const string Password = "lange zin als wachtwoord";
    private const string Manager = "pm@provincie-utrecht.nl";
    private const string Page = "/beheer/audit";

    private static readonly AuditActor Editor = new("u-1", "redacteur@utrecht.nl");
    private static readonly AuditActor Partner = new("u-2", "Kennis@Partner.nl");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_Anonymous_BrowserGoesToLoginAndProgramGets401(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var browserPage = await GetAsync(client, Page, html: true);
        var browserCsv = await GetAsync(client, AuditEndpoints.CsvPath, html: true);
        var programCsv = await GetAsync(client, AuditEndpoints.CsvPath, html: false);

        Assert.Equal(HttpStatusCode.Found, browserPage.StatusCode);
        Assert.Equal("/inloggen?ReturnUrl=%2Fbeheer%2Faudit", browserPage.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Found, browserCsv.StatusCode);
        Assert.StartsWith("/inloggen", browserCsv.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, programCsv.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_EveryRoleButProgrammeManager_IsRefusedWith403(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        var tokens = new Dictionary<string, string>();
        foreach (var role in WijkpeilRoles.All)
        {
            var email = role.ToLowerInvariant() + "@utrecht.nl";
            await AddAccountAsync(app, email, role, WijkpeilRoles.ScopedToGemeenten.Contains(role) ? ["GM0344"] : []);
            tokens[role] = await IssueTokenAsync(app, email);
        }

        foreach (var role in WijkpeilRoles.All)
        {
            using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[role]);
            var page = await GetAsync(client, Page, html: true);
            var csv = await GetAsync(client, AuditEndpoints.CsvPath, html: false);

            var expected = role == WijkpeilRoles.ProgrammeManager ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == page.StatusCode, $"{role}: pagina gaf {page.StatusCode}, verwacht {expected}");
            Assert.True(expected == csv.StatusCode, $"{role}: CSV gaf {csv.StatusCode}, verwacht {expected}");
            if (expected == HttpStatusCode.Forbidden)
            {
                Assert.Contains("Geen toegang", await ReadAsync(page), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_SignedInViewerInABrowser_IsSentToTheForbiddenPage(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        await AddAccountAsync(app, "lezer@utrecht.nl", WijkpeilRoles.Viewer, []);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, "lezer@utrecht.nl", Password)).StatusCode);

        var response = await GetAsync(client, Page, html: true);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/status/403", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_Filters_ShowOnlyTheMatchingEntriesNewestFirst(DatabaseProvider provider)
    {
        await using var app = await StartWithManagerAsync(provider, SeedFilterCasesAsync);
        using var client = await ManagerClientAsync(app);

        var all = await ReadAsync(await GetAsync(client, Page + "?type=project", html: true));

        // 23:30 UTC on 10 March is 00:30 on 11 March on Dutch clocks.
        Assert.Equal(["P-laat", "P-nacht", "P-vroeg"], Summaries(all, "P-"));
        Assert.Contains("3 wijzigingen gevonden.", all, StringComparison.Ordinal);
        Assert.Equal(["P-laat", "P-nacht"], Summaries(await PageAsync(client, "?type=project&van=2026-03-11"), "P-"));
        Assert.Equal(["P-vroeg"], Summaries(await PageAsync(client, "?type=project&tot=10-3-2026"), "P-"));
        Assert.Equal(["P-laat", "P-nacht"], Summaries(await PageAsync(client, "?van=2026-03-11&tot=2026-03-11"), "P-"));
        Assert.Equal(["P-laat", "V-1"], Summaries(await PageAsync(client, "?wie=PARTNER"), "P-", "V-"));
        Assert.Equal(["V-1"], Summaries(await PageAsync(client, "?type=story"), "P-", "V-"));
        Assert.Equal(["P-nacht"], Summaries(await PageAsync(client, "?actie=verwijderd"), "P-", "V-"));
        Assert.Equal(["P-laat", "P-vroeg"], Summaries(await PageAsync(client, "?type=project&id=7"), "P-"));
        var none = await PageAsync(client, "?type=project&wie=niemand");
        Assert.Contains("Er zijn geen wijzigingen die aan deze filters voldoen.", none, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", none, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_Entry_ShowsDutchNamesAndOnlyTheFieldsThatChanged(DatabaseProvider provider)
    {
        await using var app = await StartWithManagerAsync(provider, SeedFilterCasesAsync);
        using var client = await ManagerClientAsync(app);

        var html = await PageAsync(client, "?type=project&id=7&actie=gewijzigd");

        var row = Regex.Match(html, "<tbody.*?</tbody>", RegexOptions.Singleline).Value;
        Assert.Contains(">gewijzigd<", row, StringComparison.Ordinal);
        Assert.Contains(">project<", row, StringComparison.Ordinal);
        Assert.Contains("Kennis@Partner.nl", row, StringComparison.Ordinal);
        Assert.Contains("11-03-2026 09:15:00", row, StringComparison.Ordinal);
        Assert.Contains("<dt>Status</dt>", row, StringComparison.Ordinal);
        Assert.Contains("Planned", row, StringComparison.Ordinal);
        Assert.Contains("Running", row, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Titel</dt>", row, StringComparison.Ordinal); // unchanged
        Assert.Matches(new Regex("<dt>Checked</dt>.*?—.*?→.*?11-03-2026 09:15:00</span></dd>", RegexOptions.Singleline), WebUtility.HtmlDecode(row)); // a moment in a snapshot reads on Dutch clocks
        Assert.Contains("href=\"/beheer/audit?type=project&amp;id=7\"", row, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/audit.csv?type=project&amp;actie=gewijzigd&amp;id=7\"", html, StringComparison.Ordinal);

        // A snapshot field with a text shows under its Dutch name; one without (Checked, above) as stored.
        var deleted = Regex.Match(await PageAsync(client, "?type=project&id=8"), "<tbody.*?</tbody>", RegexOptions.Singleline).Value;
        Assert.Contains("<dt>Titel</dt>", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Title</dt>", deleted, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_ScriptInSummaryAndValues_IsShownAsTextNeverAsMarkup(DatabaseProvider provider)
    {
        const string Script = "<script>alert('x')</script>";
        await using var app = await StartWithManagerAsync(provider, database => SeedAsync(database, db =>
            db.AuditEntries.Add(new AuditEntry(
                new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), Editor, AuditAction.Updated, AuditEntityTypes.Story, "9", Script,
                """{"Summary":"oud"}""", """{"Summary":"<img src=x onerror=alert(1)>"}"""))));
        using var client = await ManagerClientAsync(app);

        var response = await GetAsync(client, Page + "?type=story", html: true);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Script, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_InvalidFilters_NameEachFieldAndQueryNothing(DatabaseProvider provider)
    {
        await using var app = await StartWithManagerAsync(provider, SeedFilterCasesAsync);
        using var client = await ManagerClientAsync(app);

        var badDate = WebUtility.HtmlDecode(await PageAsync(client, "?van=gisteren&actie=weggegooid"));
        var backwards = WebUtility.HtmlDecode(await PageAsync(client, "?van=2026-03-12&tot=2026-03-11"));

        Assert.Contains("De begindatum 'gisteren' is geen datum.", badDate, StringComparison.Ordinal);
        Assert.Contains("Actie 'weggegooid' bestaat niet. Kies aangemaakt, gewijzigd of verwijderd.", badDate, StringComparison.Ordinal);
        Assert.Contains("href=\"#filter-van\"", badDate, StringComparison.Ordinal);
        Assert.Contains("id=\"filter-van-fout\"", badDate, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"filter-van-fout\" aria-invalid=\"true\"", badDate, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", badDate, StringComparison.Ordinal);
        Assert.Contains("De einddatum ligt voor de begindatum. Kies een einddatum op of na 12-3-2026.", backwards, StringComparison.Ordinal);
        Assert.Contains("href=\"#filter-tot\"", backwards, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditPage_MoreEntriesThanAPage_PagesWithPreviousAndNextLinks(DatabaseProvider provider)
    {
        var start = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
        await using var app = await StartWithManagerAsync(provider, database => SeedAsync(database, db =>
        {
            for (var i = 1; i <= AuditQueries.PageSize + 1; i++)
            {
                db.AuditEntries.Add(new AuditEntry(start.AddMinutes(i), Editor, AuditAction.Updated, AuditEntityTypes.Project, "1", $"R-{i:000}.", """{"A":1}""", """{"A":2}"""));
            }
        }));
        using var client = await ManagerClientAsync(app);

        var first = await PageAsync(client, "?type=project");
        var second = await PageAsync(client, "?type=project&pagina=2");
        var beyond = await PageAsync(client, "?type=project&pagina=99");

        Assert.Equal(AuditQueries.PageSize, Summaries(first, "R-").Count);
        Assert.Equal("R-051", Summaries(first, "R-")[0]);
        Assert.Contains("href=\"/beheer/audit?type=project&amp;pagina=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Equal(["R-001"], Summaries(second, "R-"));
        Assert.Contains("href=\"/beheer/audit?type=project\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Equal(["R-001"], Summaries(beyond, "R-"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditCsv_ProgrammeManager_DownloadsTheFilteredTrailWithBomHeaderAndGuardedCells(DatabaseProvider provider)
    {
        await using var app = await StartWithManagerAsync(provider, database => SeedAsync(database, db =>
        {
            db.AuditEntries.Add(new AuditEntry(
                new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero), new AuditActor(null, "@beheer"), AuditAction.Created, AuditEntityTypes.Project, "3",
                "=HYPERLINK(\"http://evil.example\",\"klik\")", null, """{"Title":"Muntenbuurt, buitenruimte"}"""));
            db.AuditEntries.Add(new AuditEntry(
                new DateTimeOffset(2026, 6, 2, 12, 0, 0, TimeSpan.Zero), Editor, AuditAction.Updated, AuditEntityTypes.Story, "4", "Gesprek", """{"A":1}""", """{"A":2}"""));
        }));
        using var client = await ManagerClientAsync(app);

        var response = await GetAsync(client, AuditEndpoints.CsvPath + "?type=project", html: true);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("wijkpeil-audit-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(AuditCsv.Header, lines[0]);
        Assert.Equal(
            "'@beheer,aangemaakt,project,3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\",,\"{\"\"Title\"\":\"\"Muntenbuurt, buitenruimte\"\"}\"",
            lines[1][(lines[1].IndexOf("+02:00,", StringComparison.Ordinal) + 7)..]);
        Assert.Matches("^[0-9]+,2026-06-01T14:00:00\\+02:00,", lines[1]);
        Assert.Equal(3, lines.Length); // header, one project, and the empty string after the last line end
        Assert.Equal("", lines[2]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuditCsv_InvalidFilter_Returns400WithTheReason(DatabaseProvider provider)
    {
        await using var app = await StartWithManagerAsync(provider);
        using var client = await ManagerClientAsync(app);

        var response = await GetAsync(client, AuditEndpoints.CsvPath + "?van=31-02-2026", html: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("De begindatum '31-02-2026' is geen datum.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>Three project entries around midnight of 10/11 March (Dutch time), one story, one deletion.</summary>
    private static Task SeedFilterCasesAsync(TestDatabase database) => SeedAsync(database, db =>
    {
        db.AuditEntries.Add(new AuditEntry(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero), Editor, AuditAction.Created, AuditEntityTypes.Project, "7", "P-vroeg.", null, """{"Title":"Muntenbuurt","Status":"Planned"}"""));
        db.AuditEntries.Add(new AuditEntry(new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero), Editor, AuditAction.Deleted, AuditEntityTypes.Project, "8", "P-nacht.", """{"Title":"Oud"}""", null));
        db.AuditEntries.Add(new AuditEntry(new DateTimeOffset(2026, 3, 11, 8, 15, 0, TimeSpan.Zero), Partner, AuditAction.Updated, AuditEntityTypes.Project, "7", "P-laat.", """{"Title":"Muntenbuurt","Status":"Planned"}""", """{"Title":"Muntenbuurt","Status":"Running","Checked":"2026-03-11T08:15:00.1234567+00:00"}"""));
        db.AuditEntries.Add(new AuditEntry(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero), Partner, AuditAction.Created, AuditEntityTypes.Story, "2", "V-1.", null, """{"Title":"Gesprek"}"""));
    });

    private static async Task SeedAsync(TestDatabase database, Action<WijkpeilDbContext> add)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        add(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<WijkpeilAppFactory> StartWithManagerAsync(DatabaseProvider provider, Func<TestDatabase, Task>? seed = null)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, seed);
        await AddAccountAsync(app, Manager, WijkpeilRoles.ProgrammeManager, []);
        return app;
    }

    private static async Task<HttpClient> ManagerClientAsync(WijkpeilAppFactory app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueTokenAsync(app, Manager));
        return client;
    }

    private static async Task AddAccountAsync(WijkpeilAppFactory app, string email, string role, string[] gemeenten)
    {
        await using var scope = app.Database.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .AddAsync(new NewAccount(email, role, gemeenten, Password), TestContext.Current.CancellationToken);
        Assert.True(added.Succeeded, added.ToString());
    }

    private static async Task<string> IssueTokenAsync(WijkpeilAppFactory app, string email)
    {
        await using var scope = app.Database.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateTokenAsync(email, null, null, TestContext.Current.CancellationToken);
        Assert.True(issued.Succeeded, issued.ToString());
        return issued.Value.Token;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string address, bool html)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        if (html)
        {
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> PageAsync(HttpClient client, string query)
    {
        var response = await GetAsync(client, Page + query, html: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    private static Task<string> ReadAsync(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    /// <summary>The seeded summaries ("P-vroeg.") on a page, in the order shown, without their final full stop.</summary>
    private static List<string> Summaries(string html, params string[] prefixes) =>
        [.. SummaryPattern().Matches(html).Select(m => m.Groups[1].Value).Where(s => prefixes.Any(p => s.StartsWith(p, StringComparison.Ordinal)))];

    [GeneratedRegex(@"<span class=""wp-muted"">([A-Z]-[a-z0-9]+)\.</span>")]
    private static partial Regex SummaryPattern();
}
