using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.DefaultData;

/// <summary>
/// A database loaded by an earlier bundle gets what the newer one adds (issue 11, point 4: police figures, buurt
/// boundaries, the kernset entries of pillars 2 and 4 where those pillars are still empty), once.
/// </summary>
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

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnsureLoadedAsync_LoadedByBundle2024_3WithPillars2And4Empty_AddsTheEntriesAFreshLoadSeeds(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await OlderBundleAsync(database, managersPillar2Entry: null, ct);

        await LoadAsync(database, ct);
        var first = await KernsetAsync(database, ct);
        await LoadAsync(database, ct);

        Assert.Equal(FreshEntries(Kernset.Safety), first[Kernset.Safety]);
        Assert.Equal(FreshEntries(Kernset.Education), first[Kernset.Education]);
        Assert.NotEmpty(first[Kernset.Safety]);
        Assert.NotEmpty(first[Kernset.Education]);
        Assert.Equal(FreshEntries(Kernset.Health), first[Kernset.Health]);
        Assert.Equal(first, await KernsetAsync(database, ct));

        // Meting 2020 lists the police table again, after its own sources, as a fresh load does; once.
        Assert.Equal(
            [.. VitaleWijkenProgramme.Waves.Select(w => (w.Slug!, string.Join(", ", w.Sources!.Select(s => $"{s.SourceTable} {s.Period}"))))],
            await WavesAsync(database, ct));
    }

    private static async Task<List<(string Slug, string Sources)>> WavesAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var programme = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Programmes.AsNoTracking().Include(p => p.Waves)
            .SingleAsync(p => p.Code == VitaleWijkenProgramme.Code, ct);
        return [.. programme.Waves.Select(w => (w.Slug, string.Join(", ", w.Sources.Select(s => $"{s.SourceTable} {s.PeriodCode}"))))];
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnsureLoadedAsync_LoadedByBundle2024_3WithAManagersPillar2Entry_KeepsExactlyItAndFillsOnlyPillar4(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await OlderBundleAsync(database, managersPillar2Entry: "AantalInwoners", ct);

        await LoadAsync(database, ct);
        var kernset = await KernsetAsync(database, ct);

        Assert.Equal([("AantalInwoners", BreakdownCodes.Total)], kernset[Kernset.Safety]);
        Assert.Equal(FreshEntries(Kernset.Education), kernset[Kernset.Education]);
    }

    /// <summary>
    /// What a bundle before 2024.4 left: the register, the catalogue, Vitale Wijken with nothing in pillars 2 and 4
    /// (or only the entry a manager put in pillar 2 since), and its marker.
    /// </summary>
    private static async Task OlderBundleAsync(TestDatabase database, string? managersPillar2Entry, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var regions = await scope.ServiceProvider.GetRequiredService<IAreaFileImport>().ImportRegionsAsync(
            TestData.SharedData("cbs/85984NED-WijkenEnBuurten-2024.csv"), TestData.SharedData("cbs/gemeente-provincie.csv"), new ImportOptions(), ct);
        Assert.True(regions.Succeeded, regions.Message);
        var seeder = scope.ServiceProvider.GetRequiredService<DefaultSeeder>();
        await seeder.SeedCatalogueAsync(ct);
        await seeder.SeedProgrammeAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var programme = await db.Programmes.Include(p => p.Pillars).Include(p => p.CoreIndicators).Include(p => p.Waves).SingleAsync(p => p.Code == VitaleWijkenProgramme.Code, ct);
        List<(int IndicatorId, int PillarNumber, string? BreakdownCode)> kept =
            [.. programme.CoreIndicators.Where(c => c.PillarNumber is not (Kernset.Safety or Kernset.Education)).Select(c => (c.IndicatorId, c.PillarNumber, (string?)c.BreakdownCode))];
        if (managersPillar2Entry is not null)
        {
            kept.Add((await db.Indicators.Where(i => i.Code == managersPillar2Entry).Select(i => i.Id).SingleAsync(ct), Kernset.Safety, null));
        }

        Assert.Empty(programme.SetKernset(kept));

        // The older bundles' Meting 2020 had no police table.
        Assert.Empty(programme.SetWaves([.. VitaleWijkenProgramme.Waves.Select(w => (w.Slug, w.Name,
            (IReadOnlyList<(string, string)>)[.. w.Sources!.Where(s => s.SourceTable != Kernset.CrimeTable).Select(s => (s.SourceTable!, s.Period!))]))]));
        db.SystemSettings.Add(new SystemSetting(DefaultDataLoader.SettingKey, "vitale-wijken-2024.3; loaded 2026-12-01T10:00:00Z"));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The kernset a fresh load seeds for a pillar: indicator code and breakdown, in order.</summary>
    private static List<(string Indicator, string Breakdown)> FreshEntries(int pillar) =>
        [.. VitaleWijkenProgramme.Definition().Kernset!.Where(k => k.Pillar == pillar).Select(k => (k.Indicator!, BreakdownCodes.Normalise(k.Breakdown)))];

    /// <summary>Vitale Wijken's kernset per pillar number as the programme catalogue reads it.</summary>
    private static async Task<Dictionary<int, List<(string Indicator, string Breakdown)>>> KernsetAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var pillars = await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().KernsetAsync(VitaleWijkenProgramme.Code, ct);
        return pillars.ToDictionary(p => p.Pillar.Number, p => p.Entries.OrderBy(e => e.Order).Select(e => (e.IndicatorCode, e.BreakdownCode)).ToList());
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
