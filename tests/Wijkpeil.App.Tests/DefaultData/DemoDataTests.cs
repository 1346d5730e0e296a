using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.DefaultData;

/// <summary>
/// Issue 11 point 8, nothing invented on the public site: the default agenda shows only what the progress letter says
/// (no amounts, no dates: "datum onbekend"), and the optional example data (<see cref="DemoData"/>, <c>wijkpeil demo
/// load</c>) is labelled as such on the pages and in the API.
/// </summary>
public sealed partial class DemoDataTests
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DefaultAgenda_PagesAndApi_NoAmountsNoDatesNoExamplesAndDateUnknown(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedDefaultAgendaAsync);
        var muntenbuurt = await IdOfAsync(app, "Vernieuwing openbare ruimte Muntenbuurt");

        var agenda = await GetAsync(app, "/agenda");
        var batau = await GetAsync(app, "/agenda?programma=vitale-wijken&gebied=batau");
        var project = await GetAsync(app, $"/agenda/{muntenbuurt}");
        var english = await GetAsync(app, $"/agenda/{muntenbuurt}", EnglishCookie);

        foreach (var page in new[] { agenda, batau, project })
        {
            Assert.DoesNotContain("€", page, StringComparison.Ordinal);
            Assert.DoesNotContain("1.500.000", page, StringComparison.Ordinal);
            Assert.DoesNotContain("voorbeeldgegevens", page, StringComparison.Ordinal);
            Assert.DoesNotContain("(voorbeeld)", page, StringComparison.Ordinal);
            Assert.False(FullDate().IsMatch(page), $"A date on a page of the default agenda: {FullDate().Match(page).Value}");
        }

        // Every letter project lists "datum onbekend" as its period; the project page says it for start and end.
        Assert.Equal(14, Regex.Count(agenda, "<td class=\"utrecht-table__cell\">datum onbekend</td>"));
        Assert.Contains("Startdatum datum onbekend Einddatum datum onbekend", Text(project), StringComparison.Ordinal);
        Assert.Contains("Bron: Voortgangsbericht Vitale Wijken 2024.", Text(project), StringComparison.Ordinal);
        Assert.Contains("date unknown", english, StringComparison.Ordinal);

        using var projects = JsonDocument.Parse(await GetAsync(app, "/api/v1/projects?programme=vitale-wijken"));
        Assert.Equal(14, projects.RootElement.GetArrayLength());
        Assert.All(projects.RootElement.EnumerateArray(), p =>
        {
            Assert.False(p.GetProperty("exampleData").GetBoolean());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("startDate").ValueKind);
            Assert.Equal(JsonValueKind.Null, p.GetProperty("endDate").ValueKind);
        });
        using var detail = JsonDocument.Parse(await GetAsync(app, $"/api/v1/projects/{muntenbuurt}"));
        Assert.Equal(0, detail.RootElement.GetProperty("funding").GetArrayLength());
        Assert.Equal(0, detail.RootElement.GetProperty("outputs").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoLoad_PagesAndApi_LabelEveryExampleProjectAndNoLetterProject(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedDefaultAgendaAsync);
        await GetAsync(app, "/agenda");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(new DemoOutcome(DemoResult.Loaded, 3, 3), await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(Ct));
        }

        var example = await IdOfAsync(app, "Muntenbuurt: straten en groen (voorbeeld)");
        var letter = await IdOfAsync(app, "Vernieuwing openbare ruimte Muntenbuurt");
        var agenda = await GetAsync(app, "/agenda");
        var examplePage = Text(await GetAsync(app, $"/agenda/{example}"));
        var letterPage = await GetAsync(app, $"/agenda/{letter}");
        var englishPage = await GetAsync(app, $"/agenda/{example}", EnglishCookie);

        // The cached agenda was invalidated by the load; each example row carries the word, the letter's do not.
        Assert.Equal(3, Regex.Count(agenda, @"\(voorbeeld\)</a>\s*<span class=""wp-example-data__marker"">voorbeeldgegevens</span>"));
        Assert.Equal(3, Regex.Count(agenda, @"<span class=""wp-example-data__marker"">voorbeeldgegevens</span>\s*</th>"));
        Assert.Contains("Dit zijn voorbeeldgegevens", agenda, StringComparison.Ordinal);

        Assert.StartsWith("voorbeeldgegevens Dit project is een voorbeeld", examplePage[examplePage.IndexOf("voorbeeldgegevens", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("€\u00A01.500.000", examplePage, StringComparison.Ordinal);
        Assert.Contains("1 februari 2024", examplePage, StringComparison.Ordinal);
        Assert.DoesNotContain("voorbeeldgegevens", letterPage, StringComparison.Ordinal);
        Assert.DoesNotContain("€", letterPage, StringComparison.Ordinal);
        Assert.Contains("example data", englishPage, StringComparison.Ordinal);
        Assert.Contains("This project is an example", englishPage, StringComparison.Ordinal);

        using var projects = JsonDocument.Parse(await GetAsync(app, "/api/v1/projects?programme=vitale-wijken"));
        Assert.Equal(
            ["Muntenbuurt: straten en groen (voorbeeld)", "Subsidieregeling: aanvragen en besteding (voorbeeld)", "Werkwinkel NOA Tamarinde: bereik en resultaat (voorbeeld)"],
            projects.RootElement.EnumerateArray().Where(p => p.GetProperty("exampleData").GetBoolean()).Select(p => p.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(14, projects.RootElement.EnumerateArray().Count(p => !p.GetProperty("exampleData").GetBoolean()));
        using var detail = JsonDocument.Parse(await GetAsync(app, $"/api/v1/projects/{example}"));
        Assert.True(detail.RootElement.GetProperty("exampleData").GetBoolean());
        Assert.Equal("2024-02-01", detail.RootElement.GetProperty("startDate").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoadAndRemove_Twice_SecondLoadChangesNothingRemoveLeavesTheLetter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedDefaultAgendaAsync(database);

        Assert.Equal(new DemoOutcome(DemoResult.Loaded, 3, 3), await RunAsync(database, d => d.LoadAsync(Ct)));
        Assert.Equal(new DemoOutcome(DemoResult.AlreadyLoaded, 3), await RunAsync(database, d => d.LoadAsync(Ct)));
        Assert.Equal((17, 3), await CountsAsync(database));

        Assert.Equal(new DemoOutcome(DemoResult.Removed, 3, 3), await RunAsync(database, d => d.RemoveAsync(Ct)));
        Assert.Equal(new DemoOutcome(DemoResult.NothingToRemove, 0), await RunAsync(database, d => d.RemoveAsync(Ct)));
        Assert.Equal((14, 0), await CountsAsync(database));

        // Loadable again after a removal.
        Assert.Equal(new DemoOutcome(DemoResult.Loaded, 3, 3), await RunAsync(database, d => d.LoadAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Load_NoProgramme_SaysSoAndAddsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        Assert.Equal(new DemoOutcome(DemoResult.NoProgramme, 0), await RunAsync(database, d => d.LoadAsync(Ct)));
        Assert.Equal(new DemoOutcome(DemoResult.NoProgramme, 0), await RunAsync(database, d => d.RemoveAsync(Ct)));
        Assert.Equal((0, 0), await CountsAsync(database));
    }

    /// <summary>What the embedded default writes of the agenda: the catalogue, the programme and the letter's projects.</summary>
    internal static async Task SeedDefaultAgendaAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
        await seeder.SeedCatalogueAsync(Ct);
        await seeder.SeedProgrammeAsync(Ct);
        Assert.True(await seeder.SeedAgendaAsync(Ct));
    }

    /// <summary>All projects and the example projects.</summary>
    internal static async Task<(int All, int Examples)> CountsAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (await db.Projects.CountAsync(Ct), await db.Projects.CountAsync(p => p.IsExampleData, Ct));
    }

    private static async Task<DemoOutcome> RunAsync(TestDatabase database, Func<DemoData, Task<DemoOutcome>> run)
    {
        await using var scope = database.CreateScope();
        return await run(scope.ServiceProvider.GetRequiredService<DemoData>());
    }

    private static async Task<int> IdOfAsync(WijkpeilAppFactory app, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Projects.Where(p => p.Title == title).Select(p => p.Id).SingleAsync(Ct);
    }

    private static async Task<string> GetAsync(WijkpeilAppFactory app, string path, string? cookie = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add(HeaderNames.Cookie, cookie);
        }

        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>What a reader sees of some markup: the text without tags, spaces collapsed.</summary>
    private static string Text(string html) => Spaces().Replace(Tags().Replace(html, " "), " ").Trim();

    /// <summary>A date as the pages write one: "1 januari 2024", "15 maart 2024".</summary>
    [GeneratedRegex(@"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b")]
    private static partial Regex FullDate();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();
}
