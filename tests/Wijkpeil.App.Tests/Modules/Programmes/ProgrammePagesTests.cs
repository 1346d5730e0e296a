using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Accounts;

namespace Wijkpeil.App.Tests.Modules.Programmes;

/// <summary>/beheer/programmas on either provider, as a browser without JavaScript uses it: plain form posts.</summary>
public sealed partial class ProgrammePagesTests
{
    private const string Manager = "pm@test.nl";
    private const string Password = "lange zin als wachtwoord";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewProgramme_AddRowSearchPickAndSave_CreatesItAuditedAndListsIt(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        using var manager = await SignedInAsync(app);
        var fields = new Dictionary<string, string>
        {
            ["Input.Slug"] = "wijkaanpak-utrecht",
            ["Input.Name"] = "Wijkaanpak Utrecht",
            ["Input.Pillars[0].Number"] = "1",
            ["Input.Pillars[0].NameNl"] = "Gezondheid",
            ["Input.FocusAreas[0].Slug"] = "overvecht",
            ["Input.FocusAreas[0].Name"] = "Overvecht",
            ["Input.FocusAreas[0].Search"] = "overv",
        };

        // Without JavaScript: a button posts the form back with one more row, or with the search's results.
        var added = await ReadAsync(await PostAsync(manager, "/beheer/programmas/nieuw", new(fields) { ["Input.Command"] = "add:kernset" }));
        var searched = await ReadAsync(await PostAsync(manager, "/beheer/programmas/nieuw", new(fields) { ["Input.Command"] = "search:0" }));
        var picked = await ReadAsync(await PostAsync(manager, "/beheer/programmas/nieuw", new(fields) { ["Input.Command"] = "pick:0:WK034403" }));
        var saved = await PostAsync(manager, "/beheer/programmas/nieuw", new(fields)
        {
            ["Input.FocusAreas[0].Members"] = "WK034403",
            ["Input.Kernset[0].Indicator"] = "Roker",
            ["Input.Kernset[0].Breakdown"] = "18+",
            ["Input.Kernset[0].Pillar"] = "1",
            ["Input.Command"] = "",
        });
        var list = await ReadAsync(await manager.GetAsync(Relative("/beheer/programmas"), Ct));

        Assert.Contains("name=\"Input.Kernset[0].Indicator\"", added, StringComparison.Ordinal);
        Assert.Contains("Overvecht — wijk in Utrecht (WK034403)", searched, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.FocusAreas[0].Members\" value=\"WK034403\"", picked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal("/beheer/programmas/wijkaanpak-utrecht?opgeslagen=1", saved.Headers.Location?.PathAndQuery);
        Assert.Contains("href=\"/beheer/programmas/wijkaanpak-utrecht\">Wijkaanpak Utrecht</a>", list, StringComparison.Ordinal);
        var stored = await DefinitionAsync(app, "wijkaanpak-utrecht");
        Assert.Equal(["WK034403"], stored.FocusAreas!.Single().Members);
        Assert.Equal(("Roker", "18+", 1), (stored.Kernset!.Single().Indicator, stored.Kernset!.Single().Breakdown, stored.Kernset!.Single().Pillar));
        Assert.Equal(["PV26", "NL00"], stored.ReferenceAreas);
        await using var scope = app.Database.CreateScope();
        var entry = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.SingleAsync(e => e.EntityType == AuditEntityTypes.Programme, Ct);
        Assert.Equal((AuditAction.Created, Manager), (entry.Action, entry.ActorName));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditProgramme_UnknownMember_MessageAtTheMembersFieldInThePagesLanguageAndNothingSaved(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await CreateAsync(app, ProgrammeTestData.Utrecht());
        var before = JsonSerializer.Serialize(await DefinitionAsync(app, "wijkaanpak-utrecht"));
        foreach (var (culture, expected, other) in new[]
        {
            ("nl-NL", "Gebied WK034499 staat niet in het gebiedenregister.", "Area WK034499 is not in the area register."),
            ("en-GB", "Area WK034499 is not in the area register.", "Gebied WK034499 staat niet in het gebiedenregister."),
        })
        {
            using var manager = await SignedInAsync(app);
            await manager.GetAsync(Relative($"/taal/{culture}?terug=/"), Ct);
            var edit = await ReadAsync(await manager.GetAsync(Relative("/beheer/programmas/wijkaanpak-utrecht"), Ct));
            var fields = FormFields(edit);
            fields["Input.FocusAreas[1].Members"] = "WK034499";
            fields["Input.Command"] = "";

            var response = await PostAsync(manager, "/beheer/programmas/wijkaanpak-utrecht", fields);
            var html = await ReadAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"id=\"programma-focusAreas-1-members-fout\">{expected}</p>", html, StringComparison.Ordinal);
            Assert.Matches("id=\"programma-focusAreas-1-members\"[^>]*aria-invalid=\"true\"", html);
            Assert.Contains($"href=\"#programma-focusAreas-1-members\">{expected}</a>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(other, html, StringComparison.Ordinal);
        }

        Assert.Equal(before, JsonSerializer.Serialize(await DefinitionAsync(app, "wijkaanpak-utrecht")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditProgramme_UnchangedFormRenamed_SavesTheWholeDefinitionAsItWas(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await CreateAsync(app, ProgrammeTestData.Utrecht());
        var before = await DefinitionAsync(app, "wijkaanpak-utrecht");
        using var manager = await SignedInAsync(app);
        var fields = FormFields(await ReadAsync(await manager.GetAsync(Relative("/beheer/programmas/wijkaanpak-utrecht"), Ct)));
        fields["Input.Name"] = "Wijkaanpak Utrecht 2030";
        fields["Input.Command"] = "";

        var response = await PostAsync(manager, "/beheer/programmas/wijkaanpak-utrecht", fields);
        var after = await DefinitionAsync(app, "wijkaanpak-utrecht");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(before with { Name = "Wijkaanpak Utrecht 2030" }), JsonSerializer.Serialize(after));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditProgramme_ReferenceAreasByName_AsksWhichUtrechtAddsOnPickAndOnSaveAndAnUnknownNameStopsTheSave(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        await CreateAsync(app, ProgrammeTestData.Utrecht());
        var before = JsonSerializer.Serialize(await DefinitionAsync(app, "wijkaanpak-utrecht"));
        using var manager = await SignedInAsync(app);
        const string Path = "/beheer/programmas/wijkaanpak-utrecht";
        var edit = await ReadAsync(await manager.GetAsync(Relative(Path), Ct));
        var fields = FormFields(edit);
        fields["Input.ReferenceAreas"] = "";

        // "ut" starts the names of a provincie and a gemeente: the page asks which, with a button for each.
        var asked = await ReadAsync(await PostAsync(manager, Path, new(fields) { ["Input.ReferenceSearch"] = "ut", ["Input.Command"] = "search:reference" }));
        var picked = await ReadAsync(await PostAsync(manager, Path, new(fields) { ["Input.ReferenceSearch"] = "ut", ["Input.Command"] = "pick:reference:GM0344" }));
        var unknown = await PostAsync(manager, Path, new(fields) { ["Input.ReferenceAreas"] = "GM0344", ["Input.ReferenceSearch"] = "Atlantis", ["Input.Command"] = "" });
        var unknownHtml = await ReadAsync(unknown);
        var unchanged = JsonSerializer.Serialize(await DefinitionAsync(app, "wijkaanpak-utrecht"));
        var saved = await PostAsync(manager, Path, new(fields) { ["Input.ReferenceAreas"] = "GM0344", ["Input.ReferenceSearch"] = "nederland", ["Input.Command"] = "" });

        Assert.Contains("<datalist id=\"programma-referentiegebieden\">", edit, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Nederland (NL00)\">", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"Overvecht (WK034403)\">", edit, StringComparison.Ordinal);
        Assert.Contains("value=\"pick:reference:GM0344\"", asked, StringComparison.Ordinal);
        Assert.Contains("value=\"pick:reference:PV26\"", asked, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.ReferenceAreas\" value=\"GM0344\"", picked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("id=\"programma-referenceAreas-search-fout\">", unknownHtml, StringComparison.Ordinal);
        Assert.Contains("Atlantis", unknownHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#programma-referenceAreas-search\"", unknownHtml, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(["GM0344", "NL00"], (await DefinitionAsync(app, "wijkaanpak-utrecht")).ReferenceAreas);
    }

    private static async Task<WijkpeilAppFactory> StartAsync(DatabaseProvider provider)
    {
        var app = await WijkpeilAppFactory.StartAsync(provider, ProgrammeTestData.SeedCatalogueAndRegisterAsync);
        await using var scope = app.Database.CreateScope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(new NewAccount(Manager, WijkpeilRoles.ProgrammeManager, [], Password), Ct);
        Assert.True(added.Succeeded);
        return app;
    }

    private static async Task CreateAsync(WijkpeilAppFactory app, ProgrammeDefinition definition)
    {
        await using var scope = app.Database.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<App.Modules.Programmes.CreateProgramme.CreateProgrammeHandler>().HandleAsync(definition, Ct);
        Assert.True(created.Succeeded);
    }

    private static async Task<ProgrammeDefinition> DefinitionAsync(WijkpeilAppFactory app, string slug)
    {
        await using var scope = app.Database.CreateScope();
        var programme = await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().GetAsync(slug, Ct);
        return ProgrammeDefinition.From(programme!);
    }

    private static async Task<HttpClient> SignedInAsync(WijkpeilAppFactory app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await LoginPageTests.PostLoginAsync(client, Manager, Password)).StatusCode);
        return client;
    }

    /// <summary>Posts the programme form with the antiforgery token of the client's session, as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await ReadAsync(await client.GetAsync(Relative("/beheer/programmas/nieuw"), Ct));
        fields["_handler"] = "programma";
        fields["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(Relative(path), form, Ct);
    }

    /// <summary>What a browser would post of the page's form: every text box and the selected option of every list.</summary>
    private static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(html))
        {
            fields[input.Groups["name"].Value] = input.Groups["value"].Value;
        }

        foreach (Match select in SelectPattern().Matches(html))
        {
            fields[select.Groups["name"].Value] = SelectedPattern().Match(select.Groups["options"].Value).Groups["value"].Value;
        }

        foreach (Match area in TextAreaPattern().Matches(html))
        {
            fields[area.Groups["name"].Value] = area.Groups["value"].Value;
        }

        return fields;
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    private static async Task<string> ReadAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input[^>]*name=\"(?<name>Input\\.[^\"]+)\"(?:[^>]*value=\"(?<value>[^\"]*)\")?")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*name=\"(?<name>Input\\.[^\"]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option value=\"(?<value>[^\"]*)\" selected")]
    private static partial Regex SelectedPattern();

    [GeneratedRegex("<textarea[^>]*name=\"(?<name>Input\\.[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextAreaPattern();
}
