using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Agenda.EditProject;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Approval;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.Kernel.Caching;

/// <summary>
/// Cached public pages follow the data and nothing else: a write evicts the pages that show what it changed, in the
/// process that wrote it at once and in another web process on the same database within seconds, and leaves every
/// other page in the cache. A page served from the cache carries an <c>Age</c> header; a rendered one does not.
/// </summary>
/// <remarks>
/// Two focus areas of one programme in two gemeenten: Overvecht (WK034403, Utrecht) with a published figure, a draft
/// correction of it and a published project; Soesterkwartier (WK030703, Amersfoort) with a figure of the same
/// indicator.
/// </remarks>
public sealed class PublicPageCacheTests
{
    private const string Overvecht = "/wijken/WK034403";
    private const string Soesterkwartier = "/wijken/WK030703";
    private const string IndicatorPage = "/indicatoren/" + ApiTestData.Health + "?niveau=wijk&binnen=GM0344";
    private const string AgendaPage = "/agenda";

    private static readonly ClaimsPrincipal Manager = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, WijkpeilRoles.ProgrammeManager)], "test"));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishingAnOvervechtFigure_RendersTheOvervechtAndIndicatorPagesAgainAndServesSoesterkwartierFromTheCache(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();
        foreach (var path in new[] { Overvecht, Soesterkwartier, IndicatorPage })
        {
            await CachedPages.CachedAsync(client, path);
        }

        Assert.True((await PublishDraftAsync(app.Services)).Succeeded);
        var overvecht = await CachedPages.GetAsync(client, Overvecht);
        var soesterkwartier = await CachedPages.GetAsync(client, Soesterkwartier);
        var indicator = await CachedPages.GetAsync(client, IndicatorPage);

        Assert.False(overvecht.FromCache);
        Assert.Contains("70,4%", overvecht.Html, StringComparison.Ordinal);
        Assert.False(indicator.FromCache);
        Assert.Contains("70,4", indicator.Html, StringComparison.Ordinal);
        Assert.True(soesterkwartier.FromCache);
        Assert.Contains("58,1%", soesterkwartier.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditingAProject_RendersItsAgendaAgainAndLeavesTheIndicatorAndOtherAreaPagesCached(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();
        foreach (var path in new[] { Overvecht, Soesterkwartier, IndicatorPage, AgendaPage })
        {
            await CachedPages.CachedAsync(client, path);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var id = await db.Projects.Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
            var edited = await scope.ServiceProvider.GetRequiredService<EditProjectHandler>()
                .UpdateDetailsAsync(id, Manager, new ProjectDetails("overvecht", "Buurtkamer Overvecht, verbouwd", [1]), TestContext.Current.CancellationToken);
            Assert.True(edited.Succeeded);
        }

        var overvecht = await CachedPages.GetAsync(client, Overvecht);
        var agenda = await CachedPages.GetAsync(client, AgendaPage);
        var soesterkwartier = await CachedPages.GetAsync(client, Soesterkwartier);
        var indicator = await CachedPages.GetAsync(client, IndicatorPage);

        Assert.False(overvecht.FromCache);
        Assert.Contains("verbouwd", overvecht.Html, StringComparison.Ordinal);
        Assert.False(agenda.FromCache);
        Assert.Contains("verbouwd", agenda.Html, StringComparison.Ordinal);
        Assert.True(indicator.FromCache);
        Assert.True(soesterkwartier.FromCache);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PublishingThroughOneHost_AnotherHostOnTheSameDatabaseRendersThePageAgainWithinSeconds(DatabaseProvider provider)
    {
        await using var first = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        await using var second = first.WithWebHostBuilder(_ => { });
        using var client = second.CreateClient();
        await CachedPages.CachedAsync(client, Overvecht);

        Assert.True((await PublishDraftAsync(first.Services)).Succeeded);
        var waited = Stopwatch.StartNew();
        var page = await CachedPages.GetAsync(client, Overvecht);
        while (page.FromCache && waited.Elapsed < CachedPages.Deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
            page = await CachedPages.GetAsync(client, Overvecht);
        }

        Assert.False(page.FromCache, $"the second host still served its cached page {waited.Elapsed.TotalSeconds:0.0} s after the publication");
        Assert.Contains("70,4%", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RejectingADraftOrAddingAnAccount_EvictsNoPageAndWritesNoInvalidation(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, SeedAsync);
        using var client = app.CreateClient();
        var paths = new[] { Overvecht, Soesterkwartier, IndicatorPage, AgendaPage };
        foreach (var path in paths)
        {
            await CachedPages.CachedAsync(client, path);
        }

        var before = await InvalidationCountAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var draft = await db.ImportBatches.Where(b => b.Status == ImportBatchStatus.Draft).Select(b => b.Id).SingleAsync(TestContext.Current.CancellationToken);
            var rejected = await scope.ServiceProvider.GetRequiredService<ImportReview>().RejectAsOperatorAsync(draft, "dubbel ingelezen", TestContext.Current.CancellationToken);
            Assert.True(rejected.Succeeded);
            var added = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .AddAsync(new NewAccount("lezer@utrecht.nl", WijkpeilRoles.Viewer, [], "lange zin als wachtwoord"), TestContext.Current.CancellationToken);
            Assert.True(added.Succeeded);
        }

        // Longer than a poll, so that the poller, too, has had its chance to evict something.
        await Task.Delay(2 * CacheInvalidationPoller.Interval, TestContext.Current.CancellationToken);

        Assert.Equal(before, await InvalidationCountAsync(app.Services));
        foreach (var path in paths)
        {
            Assert.True((await CachedPages.GetAsync(client, path)).FromCache, path);
        }
    }

    /// <summary>Publishes the draft correction through a host's own services, as its review page would.</summary>
    private static async Task<Outcome<ReviewDone>> PublishDraftAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var draft = await db.ImportBatches.Where(b => b.Status == ImportBatchStatus.Draft).Select(b => b.Id).SingleAsync(TestContext.Current.CancellationToken);
        return await scope.ServiceProvider.GetRequiredService<ImportReview>().PublishAsOperatorAsync(draft, ct: TestContext.Current.CancellationToken);
    }

    private static async Task<int> InvalidationCountAsync(IServiceProvider host)
    {
        await using var scope = host.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().CacheInvalidations.CountAsync(TestContext.Current.CancellationToken);
    }

    internal static async Task SeedAsync(TestDatabase database)
    {
        await ApiTestData.SeedRegisterAsync(database);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Areas.AddRange(
                new Area(AreaCode.From("GM0307"), "Amersfoort", AreaCode.From("PV26"), [2024]),
                new Area(AreaCode.From("WK030703"), "Soesterkwartier", AreaCode.From("GM0307"), [2024]));
            var programme = await db.Programmes.Include(p => p.FocusAreas).Include(p => p.Pillars).SingleAsync(TestContext.Current.CancellationToken);
            _ = programme.AddFocusArea("soesterkwartier", "Soesterkwartier", [AreaCode.From("WK030703")]).Value;
            var project = Project.Create(programme, new ProjectDetails("overvecht", "Buurtkamer Overvecht", [1])).Value;
            project.Publish();
            db.Projects.Add(project);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await ApiTestData.ImportAsync(
            database,
            publish: true,
            "gezondheidsmonitor.csv",
            "50090NED",
            ("WK034403", ApiTestData.Health, "2020", "18+", 69.9, 66.6, 73.2, 420),
            ("WK030703", ApiTestData.Health, "2020", "18+", 58.1, 54.0, 62.2, 380),
            ("GM0344", ApiTestData.Health, "2020", "18+", 75.3, 74.1, 76.5, 4877));
        await ApiTestData.ImportAsync(
            database,
            publish: false,
            "correctie.csv",
            "50090NED",
            ("WK034403", ApiTestData.Health, "2020", "18+", 70.4, 67.1, 73.7, 420));
    }
}
