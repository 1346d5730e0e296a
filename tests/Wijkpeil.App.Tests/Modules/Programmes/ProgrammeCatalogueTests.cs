using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.Programmes.CreateProgramme;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Modules.Programmes;

/// <summary>IProgrammeCatalogue on either provider: every programme, never just the first.</summary>
public sealed class ProgrammeCatalogueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FocusAreasContaining_AreaInTwoProgrammes_ReturnsBothWithAllTheirMembers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ProgrammeTestData.SeedCatalogueAndRegisterAsync(database);
        await ProgrammeUseCaseTests.SeedVitaleWijkenWithAgendaAsync(database);
        await CreateAsync(database, ProgrammeTestData.Utrecht() with
        {
            FocusAreas = [new("noord", "Utrecht-Noord", ["WK034403", "WK034406"])],
        });

        await using var scope = database.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>();
        var found = await catalogue.FocusAreasContainingAsync([AreaCode.From("WK034403")], Ct);

        Assert.Equal(
            [("vitale-wijken", "overvecht", "WK034403"), ("wijkaanpak-utrecht", "noord", "WK034403,WK034406")],
            found.Select(f => (f.ProgrammeSlug, f.FocusArea.Slug, string.Join(",", f.FocusArea.Members))).OrderBy(x => x.ProgrammeSlug));
        Assert.Equal(["batau"], (await catalogue.FocusAreasContainingAsync([AreaCode.From("WK035604")], Ct)).Select(f => f.FocusArea.Slug));
        Assert.Empty(await catalogue.FocusAreasContainingAsync([AreaCode.From("WK030701")], Ct));
        Assert.Equal(["vitale-wijken", "wijkaanpak-utrecht"], (await catalogue.ListAsync(Ct)).Select(p => p.Slug).Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FocusAreas_EveryProgrammeOrOneBySlug_AllFocusAreasWithTheirMembersInNameOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ProgrammeTestData.SeedCatalogueAndRegisterAsync(database);
        await ProgrammeUseCaseTests.SeedVitaleWijkenWithAgendaAsync(database);
        await CreateAsync(database, ProgrammeTestData.Utrecht());

        await using var scope = database.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>();
        var all = await catalogue.FocusAreasAsync(cancellationToken: Ct);

        // What the whole definitions hold, in the same order: programmes by name, each one's focus areas by name.
        var expected = (await catalogue.DetailsAsync([.. (await catalogue.ListAsync(Ct)).Select(p => p.Slug)], Ct))
            .SelectMany(p => p.FocusAreas.Select(f => (p.Slug, p.Name, f.Slug, string.Join(",", f.Members))))
            .ToList();
        Assert.Equal(expected, all.Select(f => (f.ProgrammeSlug, f.ProgrammeName, f.FocusArea.Slug, string.Join(",", f.FocusArea.Members))));
        Assert.Equal(
            ["vitale-wijken/batau: WK035603,WK035604", "vitale-wijken/overvecht: WK034403", "wijkaanpak-utrecht/kanaleneiland: WK034406", "wijkaanpak-utrecht/overvecht: WK034403"],
            all.Where(f => f.FocusArea.Slug is "batau" or "overvecht" or "kanaleneiland").Select(f => $"{f.ProgrammeSlug}/{f.FocusArea.Slug}: {string.Join(",", f.FocusArea.Members)}"));
        Assert.Equal(["kanaleneiland", "overvecht"], (await catalogue.FocusAreasAsync(" wijkaanpak-utrecht ", Ct)).Select(f => f.FocusArea.Slug));
        Assert.Empty(await catalogue.FocusAreasAsync("bestaat-niet", Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WavePeriods_VitaleWijken_ResolvesEachIndicatorThroughItsSourcesFirstListedWinning(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ProgrammeUseCaseTests.SeedVitaleWijkenWithAgendaAsync(database);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var ids = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id, StringComparer.Ordinal, Ct);
        var catalogue = scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>();

        // Roker: 50090NED only. Woningvoorraad: kwb and 85984NED (only kwb is in the wave). AfstandTotBibliotheek:
        // the nearness export (statline-csv) only.
        int[] asked = [ids["Roker"], ids["Woningvoorraad"], ids["AfstandTotBibliotheek"]];
        var meting2020 = await catalogue.WavePeriodsAsync("vitale-wijken", "meting-2020", asked, Ct);
        var meting2016 = await catalogue.WavePeriodsAsync("vitale-wijken", "meting-2016", asked, Ct);

        Assert.Equal(
            new[] { (ids["AfstandTotBibliotheek"], "2023"), (ids["Roker"], "2020"), (ids["Woningvoorraad"], "2023") }.OrderBy(p => p.Item1),
            meting2020.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key));
        Assert.Equal([(ids["Roker"], "2016")], meting2016.Select(p => (p.Key, p.Value))); // the kwb indicators have no 2016 source
        Assert.Empty(await catalogue.WavePeriodsAsync("vitale-wijken", "meting-1999", asked, Ct));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WavePeriods_TwoSourcesOfAWaveFeedTheIndicator_TheFirstListedDecides(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ProgrammeTestData.SeedCatalogueAndRegisterAsync(database);
        await CreateAsync(database, ProgrammeTestData.Utrecht() with
        {
            Waves =
            [
                new("cbs-eerst", "CBS eerst", [new("85984NED", "2024"), new("kwb", "2023")]),
                new("kwb-eerst", "kwb eerst", [new("kwb", "2023"), new("85984NED", "2024")]),
            ],
        });

        await using var scope = database.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().Indicators.Where(i => i.Code == "Woningvoorraad").Select(i => i.Id).SingleAsync(Ct);
        var catalogue = scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>();

        Assert.Equal("2024", (await catalogue.WavePeriodsAsync("wijkaanpak-utrecht", "cbs-eerst", [id], Ct))[id]);
        Assert.Equal("2023", (await catalogue.WavePeriodsAsync("wijkaanpak-utrecht", "kwb-eerst", [id], Ct))[id]);
        Assert.Equal(["cbs-eerst", "kwb-eerst"], (await catalogue.WavesAsync("wijkaanpak-utrecht", Ct)).Select(w => w.Slug));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Kernset_Programme_GroupsPerPillarInDisplayOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ProgrammeTestData.SeedCatalogueAndRegisterAsync(database);
        await CreateAsync(database, ProgrammeTestData.Utrecht() with
        {
            Kernset = [new("Roker", "18+", 1), new("ErvarenGezondheidGoedZeerGoed", "18+", 1), new("Eenzaam", "18+", 2)],
        });

        await using var scope = database.CreateScope();
        var kernset = await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().KernsetAsync("wijkaanpak-utrecht", Ct);

        Assert.Equal(
            ["2: Eenzaam", "1: Roker, ErvarenGezondheidGoedZeerGoed"],
            kernset.Select(p => $"{p.Pillar.Number}: {string.Join(", ", p.Entries.Select(e => e.IndicatorCode))}"));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().KernsetAsync("bestaat-niet", Ct));
    }

    private static async Task CreateAsync(TestDatabase database, ProgrammeDefinition definition)
    {
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CreateProgrammeHandler>().HandleAsync(definition, Ct);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => $"{p.Field} {p.Code}")));
    }
}
