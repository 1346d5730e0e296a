using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.ImportBoundaries;
using Wijkpeil.App.Modules.Areas.ImportRegions;
using Wijkpeil.App.Modules.Audit;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Import;

/// <summary>
/// Issue 9, point 9: <c>wijkpeil import regions</c> and <c>import boundaries</c> are audited in their own transaction,
/// and the entry starts a new public data version, so a renamed area shows on cached pages after the host's next poll.
/// </summary>
public sealed class RegisterImportAuditTests
{
    private const string RenamingList = """
        "Key","Title","Description","Municipality","DetailRegionCode"
        "GM0344    ","Utrecht","","GM0344","GM0344"
        "WK034403  ","Overvecht-Noord en -Zuid","","GM0344","WK034403"
        """;

    private const string Boundary = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"statcode": "WK034403", "jrstatcode": "2024WK034403"},
           "geometry": {"type": "Polygon", "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.1]]]}}
        ]}
        """;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RegionImport_RenamingAnArea_IsAuditedAndTheCachedPublicPageShowsTheNewName(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        await using var host = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = host.CreateClient();
        using var folder = new TempFolder();
        var before = await PageAsync(client);

        // As the CLI does, from another process: the web host only sees the database change.
        ImportOutcome outcome;
        await using (var scope = app.Database.CreateScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<RegionImporter>()
                .ImportAsync(folder.Write("gebieden-2024.csv", RenamingList), null, new ImportOptions(), TestContext.Current.CancellationToken);
        }

        // The fake clock never moves, so the background loop polls once at start; this poll is the one that must see it.
        await host.Services.GetServices<IHostedService>().OfType<CacheInvalidationPoller>().Single().PollNowAsync(TestContext.Current.CancellationToken);
        var after = await PageAsync(client);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Overvecht</h1>", before, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Overvecht-Noord en -Zuid</h1>", after, StringComparison.Ordinal);
        var entry = Assert.Single(await AuditAsync(app.Database, AuditEntityTypes.AreaRegister));
        Assert.Equal((AuditAction.Created, "gebieden-2024.csv", "systeem"), (entry.Action, entry.EntityId, entry.ActorName));
        Assert.Contains("\"Added\":0", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"Changed\":1", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"LayoutYear\":2024", entry.After, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RegionImport_NothingChanged_WritesNoEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        using var folder = new TempFolder();
        var file = folder.Write("gebieden-2024.csv", RenamingList);
        await ImportRegionsAsync(database, file);

        var again = await ImportRegionsAsync(database, file);

        Assert.True(again.NothingChanged, again.Message);
        Assert.Single(await AuditAsync(database, AuditEntityTypes.AreaRegister));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BoundaryImport_StoredFile_IsAuditedWithItsCounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        using var folder = new TempFolder();

        ImportOutcome outcome;
        await using (var scope = database.CreateScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<BoundaryImporter>()
                .ImportAsync(folder.Write("wijk_2024.geojson", Boundary), new ImportOptions(), TestContext.Current.CancellationToken);
        }

        Assert.True(outcome.Succeeded, outcome.Message);
        var entry = Assert.Single(await AuditAsync(database, AuditEntityTypes.AreaBoundaries));
        Assert.Equal((AuditAction.Created, "wijk_2024.geojson"), (entry.Action, entry.EntityId));
        Assert.Contains("\"Added\":1", entry.After, StringComparison.Ordinal);
    }

    private static async Task<ImportOutcome> ImportRegionsAsync(TestDatabase database, string file)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(file, null, new ImportOptions(), TestContext.Current.CancellationToken);
    }

    private static async Task<string> PageAsync(HttpClient client) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/wijken/WK034403", UriKind.Relative), TestContext.Current.CancellationToken));

    private static async Task<List<AuditEntry>> AuditAsync(TestDatabase database, string entityType)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType).ToListAsync(TestContext.Current.CancellationToken);
    }
}
