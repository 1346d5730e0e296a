using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.DefaultData;

/// <summary>A database loaded by an earlier bundle gets what the newer one adds (issue 11, point 4: police figures, buurt boundaries), once.</summary>
public sealed class DefaultDataUpgradeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnsureLoadedAsync_LoadedByBundle2024_3_AddsPoliceFiguresAndBuurtBoundariesOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var scope = database.CreateScope())
        {
            // What the previous bundle left: the register, the catalogue and programme, its marker.
            var regions = await scope.ServiceProvider.GetRequiredService<IAreaFileImport>().ImportRegionsAsync(
                TestData.SharedData("cbs/85984NED-WijkenEnBuurten-2024.csv"), TestData.SharedData("cbs/gemeente-provincie.csv"), new ImportOptions(), ct);
            Assert.True(regions.Succeeded, regions.Message);
            var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
            await seeder.SeedCatalogueAsync(ct);
            await seeder.SeedProgrammeAsync(ct);
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.SystemSettings.Add(new SystemSetting(DefaultDataLoader.SettingKey, "vitale-wijken-2024.3; loaded 2026-12-01T10:00:00Z"));
            await db.SaveChangesAsync(ct);
        }

        await LoadAsync(database, ct);
        var first = await CountsAsync(database, ct);
        await LoadAsync(database, ct);

        Assert.Equal((330, 156), (first.Crimes, first.Boundaries));
        Assert.Equal(first, await CountsAsync(database, ct));
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var setting = await db.SystemSettings.SingleAsync(s => s.Key == DefaultDataLoader.SettingKey, ct);
            Assert.StartsWith(DefaultDataLoader.DataVersion + "; upgraded from vitale-wijken-2024.3", setting.Value, StringComparison.Ordinal);
        }
    }

    private static async Task LoadAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DefaultDataLoader>().EnsureLoadedAsync(ct);
    }

    private static async Task<(int Crimes, int Boundaries, int Batches)> CountsAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var indicators = db.Indicators;
        return (
            await db.Observations.CountAsync(o => indicators.Any(i => i.Id == o.IndicatorId && i.Code == "GeregistreerdeMisdrijven"), ct),
            await db.AreaBoundaries.CountAsync(ct),
            await db.ImportBatches.CountAsync(ct));
    }
}
