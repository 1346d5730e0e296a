using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.DefaultData;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Tests.DefaultData;

/// <summary>
/// The whole embedded default, once per provider: heavy (1.8 million values), so one test per provider
/// checks everything the first start must deliver, and that the second start does nothing.
/// </summary>
public sealed class DefaultDataLoaderTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EnsureLoadedAsync_EmptyDatabase_LoadsProgrammeAndOpenDataOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);

        var watch = Stopwatch.StartNew();
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DefaultDataLoader>().EnsureLoadedAsync(ct);
        }

        TestContext.Current.SendDiagnosticMessage($"Default data loaded on {provider} in {watch.ElapsedMilliseconds} ms");

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            await AssertProgrammeAsync(db, ct);
            await AssertRegisterAndBoundariesAsync(db, ct);
            await AssertObservationsAsync(db, ct);
            await AssertCatalogueAsync(db, ct);
            await AssertWavesMatchTheBundleAsync(db, scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>(), ct);
            Assert.Equal(VitaleWijkenAgenda.Entries.Count, await db.Projects.CountAsync(p => p.IsPublished, ct));

            // The letter's subsidy scheme, recorded as run outside Wijkpeil: no applications, no amounts.
            var scheme = await db.Set<Wijkpeil.Domain.Subsidies.SubsidyScheme>().SingleAsync(ct);
            Assert.True(scheme is { IsRunElsewhere: true, IsPublished: true, IsExampleData: false, GrantedCents: 0 });
            Assert.Single(scheme.ProjectIds);
            Assert.Equal(0, await db.Set<Wijkpeil.Domain.Subsidies.SubsidyApplication>().CountAsync(ct));
            var setting = await db.SystemSettings.SingleAsync(s => s.Key == DefaultDataLoader.SettingKey, ct);
            Assert.StartsWith(DefaultDataLoader.DataVersion, setting.Value, StringComparison.Ordinal);
        }

        var counts = await CountsAsync(database, ct);
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DefaultDataLoader>().EnsureLoadedAsync(ct);
        }

        Assert.Equal(counts, await CountsAsync(database, ct));
        await using (var scope = database.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Set<Wijkpeil.Domain.Subsidies.SubsidyScheme>().CountAsync(ct));
        }
    }

    /// <summary>
    /// The seeded waves name source tables as the importers store them and periods the bundle has, and Meting 2020
    /// gives every kernset indicator a period.
    /// </summary>
    private static async Task AssertWavesMatchTheBundleAsync(WijkpeilDbContext db, IProgrammeCatalogue catalogue, CancellationToken ct)
    {
        var waves = await catalogue.WavesAsync(VitaleWijkenProgramme.Code, ct);
        Assert.Equal(["meting-2016", "meting-2020"], waves.Select(w => w.Slug));
        var tables = (await db.ImportBatches.Select(b => b.SourceTable).Distinct().ToListAsync(ct)).OfType<string>().ToList();
        var periods = await db.Periods.Select(p => p.Code).ToListAsync(ct);
        Assert.All(waves.SelectMany(w => w.Sources), s =>
        {
            Assert.Contains(s.SourceTable, tables);
            Assert.Contains(s.PeriodCode, periods);
        });

        var kernset = (await catalogue.GetAsync(VitaleWijkenProgramme.Code, ct))!.Kernset.Select(k => k.IndicatorId).Distinct().ToList();
        var resolved = await catalogue.WavePeriodsAsync(VitaleWijkenProgramme.Code, "meting-2020", kernset, ct);

        // A derived (ratio) indicator has no source of its own: the monitor places it in a wave by its numerator's.
        var derived = await db.Indicators.Where(i => i.RatioNumerator != null).Select(i => i.Id).ToListAsync(ct);
        Assert.NotEmpty(derived);
        Assert.Equal(kernset.Except(derived).Order(), resolved.Keys.Order());
    }

    private static async Task AssertProgrammeAsync(WijkpeilDbContext db, CancellationToken ct)
    {
        var programme = await db.Programmes
            .Include(p => p.FocusAreas).Include(p => p.Pillars).Include(p => p.ReferenceAreas).Include(p => p.CoreIndicators)
            .SingleAsync(ct);
        Assert.Equal("vitale-wijken", programme.Code);
        Assert.Equal("Vitale Wijken (provincie Utrecht)", programme.Name);
        var focusAreas = programme.FocusAreas.ToDictionary(f => f.Code, f => (f.MunicipalityCode.Value, string.Join(",", f.Members)));
        Assert.Equal(
            new Dictionary<string, (string, string)>
            {
                ["overvecht"] = ("GM0344", "WK034403"),
                ["batau"] = ("GM0356", "WK035603,WK035604"),
                ["vollenhove"] = ("GM0355", "BU03550205"),
                ["soesterkwartier"] = ("GM0307", "WK030703"),
            },
            focusAreas);
        Assert.Equal(["PV26", "NL00"], programme.ReferenceAreas.OrderBy(r => r.Order).Select(r => r.AreaCode.Value));
        Assert.Equal(
            ["1 Gezondheid", "2 Veiligheid en ondermijning", "3 Participatie en armoede", "4 Onderwijs", "5 Wonen, gezonde leefomgeving, groen en duurzaamheid"],
            programme.Pillars.OrderBy(p => p.Number).Select(p => $"{p.Number} {p.NameNl}"));

        // Pillar 2 has registered crime (Politie/CBS), pillar 3 also bijstand per 1.000 inwoners (derived), pillar 4 the three
        // kwb education levels (defined, not yet published).
        var perPillar = programme.CoreIndicators.GroupBy(c => c.PillarNumber).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([1, 2, 3, 4, 5], perPillar.Keys.Order());
        Assert.Equal((31, 2, 7, 3, 12), (perPillar[1], perPillar[2], perPillar[3], perPillar[4], perPillar[5]));
        var crime = await db.Indicators.SingleAsync(i => i.Code == "GeregistreerdeMisdrijven", ct);
        Assert.Contains(programme.CoreIndicators, c => c.IndicatorId == crime.Id && c.PillarNumber == 2 && c.BreakdownCode == "0.0.0");
        var health = await db.Indicators.SingleAsync(i => i.Code == "ErvarenGezondheidGoedZeerGoed", ct);
        Assert.Contains(programme.CoreIndicators, c => c.IndicatorId == health.Id && c.PillarNumber == 1 && c.BreakdownCode == "18+");
    }

    private static async Task AssertRegisterAndBoundariesAsync(WijkpeilDbContext db, CancellationToken ct)
    {
        // The 2024 region list, plus codes of the 2020 layout that only the RIVM files and kwb-2023 name.
        var registered = await db.Areas.CountAsync(ct);
        Assert.True(registered >= 18_322, $"{registered} areas");
        var overvecht = AreaCode.From("WK034403");
        var area = await db.Areas.AsNoTracking().SingleAsync(a => a.Code == overvecht, ct);
        Assert.Equal("GM0344", area.ParentCode?.Value);
        Assert.Contains(2024, area.LayoutYears);

        var perYear = await db.AreaBoundaries.GroupBy(b => b.LayoutYear).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // Layout 2024: 3,393 wijken and the 156 buurten of Utrecht, Zeist and Soesterkwartier.
        Assert.Equal(new Dictionary<int, int> { [2020] = 12, [2024] = 3_393 + 156, [2025] = 342 }, perYear);
        var vollenhove = AreaCode.From("BU03550205");
        var areas = db.Areas;
        Assert.True(await db.AreaBoundaries.AnyAsync(b => b.LayoutYear == 2024 && areas.Any(a => a.Id == b.AreaId && a.Code == vollenhove), ct));
    }

    private static async Task AssertObservationsAsync(WijkpeilDbContext db, CancellationToken ct)
    {
        Assert.Equal(63.5, await ValueAsync(db, "ErvarenGezondheidGoedZeerGoed", "WK034403", "2016", "18+", ct));
        Assert.Equal(69.9, await ValueAsync(db, "ErvarenGezondheidGoedZeerGoed", "WK034403", "2020", "18+", ct));

        // kwb-2023 (short name a_inw) and the 85984NED OData extract (AantalInwoners_5) land on one indicator.
        Assert.Equal(34_910, await ValueAsync(db, "AantalInwoners", "WK034403", "2023", Breakdown.TotalCode, ct));
        Assert.Equal(35_255, await ValueAsync(db, "AantalInwoners", "WK034403", "2024", Breakdown.TotalCode, ct));

        // StatLine's NL01 is the register's NL00.
        Assert.Equal(78.4, await ValueAsync(db, "ErvarenGezondheidGoedZeerGoed", "NL00", "2020", "18+", ct));
        Assert.Equal(0.5, await ValueAsync(db, "AfstandTotGroteSupermarkt", "WK034403", "2023", Breakdown.TotalCode, ct));

        // Politie/CBS 47018NED: registered crimes per buurt in 2023, under the SoortMisdrijf code of all crimes.
        Assert.Equal(435, await ValueAsync(db, "GeregistreerdeMisdrijven", "BU03440321", "2023", "0.0.0", ct));
        Assert.Equal(187, await ValueAsync(db, "GeregistreerdeMisdrijven", "BU03550205", "2023", "0.0.0", ct));
        var indicators = db.Indicators;
        Assert.Equal(330, await db.Observations.CountAsync(o => indicators.Any(i => i.Id == o.IndicatorId && i.Code == "GeregistreerdeMisdrijven"), ct));
        Assert.Equal("Totaal misdrijven", (await db.Breakdowns.SingleAsync(b => b.Code == "0.0.0", ct)).NameNl);

        // Bundled open data is published; the 65+ file gives a breakdown of its own.
        Assert.False(await db.Observations.AnyAsync(o => o.Status != ObservationStatus.Published, ct));
        Assert.True(await db.Breakdowns.AnyAsync(b => b.Code == "65+", ct));
        Assert.True(await db.Observations.CountAsync(ct) > 1_500_000);
    }

    private static async Task AssertCatalogueAsync(WijkpeilDbContext db, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.SourceMappings).ToListAsync(ct);

        // Every one of the 35 measures of 50090NED is curated, with polarity and a Dutch and English name.
        var health = indicators.Where(i => i.SourceMappings.Any(m => m.SourceTable == "50090NED")).ToList();
        Assert.Equal(35, health.Count);
        Assert.All(health, i => Assert.True(i.IsCurated && i.Kind == IndicatorKind.Percentage && i.NameEn != i.NameNl, i.Code));
        Assert.Equal(Polarity.HigherIsWorse, health.Single(i => i.Code == "Overgewicht").Polarity);
        Assert.Equal(Polarity.HigherIsBetter, health.Single(i => i.Code == "Vrijwilligerswerk").Polarity);
        Assert.Equal(Polarity.Neutral, health.Single(i => i.Code == "Mantelzorger").Polarity);

        var inhabitants = indicators.Single(i => i.Code == "AantalInwoners");
        Assert.Equal(
            ["85984NED/AantalInwoners", "kwb/a_inw"],
            inhabitants.SourceMappings.Select(m => $"{m.SourceTable}/{m.MeasureKey}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(indicators, i => i.Code is "a_inw" or "Mannen_6");

        var crime = indicators.Single(i => i.Code == "GeregistreerdeMisdrijven");
        Assert.Equal((true, IndicatorKind.Count, Polarity.HigherIsWorse, SourceKind.Register), (crime.IsCurated, crime.Kind, crime.Polarity, crime.SourceKind));
        Assert.Equal("47018NED/GeregistreerdeMisdrijven", Assert.Single(crime.SourceMappings.Select(m => $"{m.SourceTable}/{m.MeasureKey}")));
        Assert.Contains("afgeleide sommen van de buurten", crime.DefinitionNl, StringComparison.Ordinal);
        Assert.Equal(
            ["85984NED/OpleidingsniveauLaag", "kwb/a_opl_lg"],
            indicators.Single(i => i.Code == "OpleidingsniveauLaag").SourceMappings.Select(m => $"{m.SourceTable}/{m.MeasureKey}").Order(StringComparer.Ordinal));
    }

    private static async Task<double> ValueAsync(WijkpeilDbContext db, string indicator, string area, string period, string breakdown, CancellationToken ct)
    {
        var code = AreaCode.From(area);
        var values = await (
            from o in db.Observations
            join i in db.Indicators on o.IndicatorId equals i.Id
            join a in db.Areas on o.AreaId equals a.Id
            join p in db.Periods on o.PeriodId equals p.Id
            join b in db.Breakdowns on o.BreakdownId equals b.Id
            where i.Code == indicator && a.Code == code && p.Code == period && b.Code == breakdown
            select new { o.Value, o.Status })
            .ToListAsync(ct);
        var single = Assert.Single(values);
        Assert.Equal(ObservationStatus.Published, single.Status);
        return single.Value;
    }

    private static async Task<(int Areas, int Indicators, int Batches, int Observations, int Boundaries, int Programmes, int Projects)> CountsAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        return (
            await db.Areas.CountAsync(ct),
            await db.Indicators.CountAsync(ct),
            await db.ImportBatches.CountAsync(ct),
            await db.Observations.CountAsync(ct),
            await db.AreaBoundaries.CountAsync(ct),
            await db.Programmes.CountAsync(ct),
            await db.Projects.CountAsync(ct));
    }
}
