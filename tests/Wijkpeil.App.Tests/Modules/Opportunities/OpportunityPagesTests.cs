using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.App.Tests.Modules.Events;
using Wijkpeil.App.Tests.Modules.Stories;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Tests.Modules.Opportunities;

/// <summary>
/// Issue 14, point 5: a coordinator registers a meekoppelkans on the page, moves its status and sees the history; bad
/// input comes back at its field with nothing stored; only the register's keepers reach the pages.
/// </summary>
public sealed class OpportunityPagesTests
{
    private const string Coordinator = "coordinator@wijkpeil.example";
    private const string NewPath = "/beheer/meekoppelkansen/nieuw";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateThenMoveStatus_HistoryStoredAndShownWithWhoAndWhy(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);
        var (programmeId, relatedId) = await IdsAsync(host);

        var created = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "meekoppelkans", Fields(programmeId, relatedId, "Cofinanciering buurtkamer"));
        var path = created.Headers.Location!.PathAndQuery.Split('?')[0];
        var explored = await StoryPagesTests.PostFormAsync(coordinator, path, "meekoppelkans-status", new() { ["StatusChange.To"] = "Verkend" });
        var lapsedWithoutReason = await StoryPagesTests.PostFormAsync(coordinator, path, "meekoppelkans-status", new() { ["StatusChange.To"] = "Vervallen" });
        var lapsed = await StoryPagesTests.PostFormAsync(coordinator, path, "meekoppelkans-status", new() { ["StatusChange.To"] = "Vervallen", ["StatusChange.Note"] = "Geen budget meer dit jaar." });
        var page = WebUtility.HtmlDecode(await ReadAsync(coordinator, path));

        Assert.Equal(HttpStatusCode.Found, created.StatusCode);
        Assert.Equal(HttpStatusCode.Found, explored.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lapsedWithoutReason.StatusCode);
        Assert.Contains("id=\"kans-note-fout\"", await lapsedWithoutReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, lapsed.StatusCode);
        Assert.Contains("Gesignaleerd → Verkend", page, StringComparison.Ordinal);
        Assert.Contains("Verkend → Vervallen", page, StringComparison.Ordinal);
        Assert.Contains("Geen budget meer dit jaar.", page, StringComparison.Ordinal);

        var stored = await OpportunityAsync(host, int.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture));
        Assert.Equal(OpportunityStatus.Vervallen, stored.Status);
        Assert.Equal([null, OpportunityStatus.Gesignaleerd, OpportunityStatus.Verkend], stored.History.Select(h => h.From));
        Assert.All(stored.History, h => Assert.False(string.IsNullOrWhiteSpace(h.By)));
        Assert.Equal(Domain.Common.Money.FromCents(1_250_000), stored.Amount);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_BadInput_MessageAtTheFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);
        var (programmeId, relatedId) = await IdsAsync(host);
        var before = await CountAsync(host);

        var noTitle = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "meekoppelkans", new(Fields(programmeId, relatedId, "")));
        var amountForExpertise = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "meekoppelkans", new(Fields(programmeId, relatedId, "Expertise")) { ["Input.Kind"] = "Expertise" });
        var windowBackwards = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "meekoppelkans", new(Fields(programmeId, relatedId, "Achterstevoren")) { ["Input.WindowFrom"] = "2027-06-01", ["Input.WindowTo"] = "2027-05-01" });
        var unknownRelated = await StoryPagesTests.PostFormAsync(coordinator, NewPath, "meekoppelkans", new(Fields(programmeId, relatedId, "Onbekend")) { ["Input.Related[99999]"] = "true" });

        foreach (var (response, field) in new[] { (noTitle, "title"), (amountForExpertise, "amount"), (windowBackwards, "windowTo"), (unknownRelated, "relatedProgrammeIds") })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains($"id=\"kans-{field}-fout\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountAsync(host));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pages_AViewerIsRefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        using var viewer = await host.SignedInAsync("kijker@wijkpeil.example", WijkpeilRoles.Viewer);
        var before = await CountAsync(host);

        var list = await viewer.GetAsync(new Uri("/beheer/meekoppelkansen", UriKind.Relative), Ct);
        var xlsx = await viewer.GetAsync(new Uri("/beheer/meekoppelkansen/ronde/2027/1.xlsx", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, xlsx.StatusCode);
        Assert.Equal(before, await CountAsync(host));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_FiltersOnStatusKindAndProgrammeAndShowsTheLettersExamples(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        using var coordinator = await host.SignedInAsync(Coordinator, WijkpeilRoles.Coordinator);

        var all = await ReadAsync(coordinator, "/beheer/meekoppelkansen");
        var realised = await ReadAsync(coordinator, "/beheer/meekoppelkansen?status=Gerealiseerd");
        var research = await ReadAsync(coordinator, "/beheer/meekoppelkansen?soort=ExtraResearch");

        Assert.Contains("Meekoppelkansen (4)", all, StringComparison.Ordinal);
        Assert.Contains("Meekoppelkansen (1)", realised, StringComparison.Ordinal);
        Assert.Contains("Bijdrage aan de provinciale aanpak basisvaardigheden", realised, StringComparison.Ordinal);
        Assert.Contains("Meekoppelkansen (2)", research, StringComparison.Ordinal);
        Assert.DoesNotContain("Volkshuisvestingsfonds", research, StringComparison.Ordinal);
    }

    internal static async Task<EventsHost> StartAsync(DatabaseProvider provider)
    {
        var host = await EventsHost.StartAsync(provider);
        await using var scope = host.Database.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DefaultSeeder>().SeedOpportunitiesAsync(Ct));
        return host;
    }

    internal static async Task<(int ProgrammeId, int RelatedId)> IdsAsync(EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (await db.Set<Domain.Programmes.Programme>().Select(p => p.Id).FirstAsync(Ct), await db.Set<RelatedProgramme>().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct));
    }

    internal static async Task<string> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static Dictionary<string, string> Fields(int programmeId, int relatedId, string title) => new()
    {
        ["Input.ProgrammeId"] = programmeId.ToString(CultureInfo.InvariantCulture),
        ["Input.Title"] = title,
        ["Input.Kind"] = nameof(OpportunityKind.FinancialSupport),
        [$"Input.Related[{relatedId.ToString(CultureInfo.InvariantCulture)}]"] = "true",
        ["Input.Amount"] = "12500",
        ["Input.Status"] = nameof(OpportunityStatus.Gesignaleerd),
    };

    private static async Task<int> CountAsync(EventsHost host)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<Opportunity>().CountAsync(Ct);
    }

    private static async Task<Opportunity> OpportunityAsync(EventsHost host, int id)
    {
        await using var scope = host.Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<Opportunity>().AsNoTracking().Include(o => o.History).SingleAsync(o => o.Id == id, Ct);
    }
}
