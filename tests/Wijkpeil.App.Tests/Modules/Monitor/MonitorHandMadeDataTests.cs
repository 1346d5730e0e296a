using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Hosting;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Measurements.Import;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.CompareAreas;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Monitor.ShowAreaProfile;
using Wijkpeil.App.Modules.Monitor.ShowFactsheet;
using Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;
using Wijkpeil.App.Modules.Monitor.ShowOverview;
using Wijkpeil.App.Modules.Programmes;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// What the bundled data cannot show: intervals, small samples, drafts and ties. A hand-made register of the
/// Utrecht wijken 01 to 05 and a programme whose focus area "noord" is WK034401 + WK034403; every value below
/// is made up for the test.
/// </summary>
public sealed class MonitorHandMadeDataTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_IntervalsApartOrOverlapping_SignificantOrNot(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var apart = await OvergewichtRowAsync(database, "WK034401");
        var overlapping = await OvergewichtRowAsync(database, "WK034402");

        // Overgewicht is higher-is-worse: going down is an improvement either way.
        Assert.Equal((ChangeDirection.Improved, SignificanceOutcome.Significant, ChangeClaim.SignificantlyBetter), (apart.Change!.Direction, apart.Change.Significance, apart.Change.Claim));
        Assert.Equal(-10, apart.Change.Difference, 9);
        Assert.True(apart.Change.PValue < 0.05, $"p = {apart.Change.PValue}");
        Assert.Equal((38.0, 42.0), (apart.Latest!.Lower!.Value, apart.Latest.Upper!.Value));
        // Not significant: only "lager, niet significant", never "beter".
        Assert.Equal((ChangeDirection.Improved, SignificanceOutcome.NotSignificant, ChangeClaim.LowerNotSignificant), (overlapping.Change!.Direction, overlapping.Change.Significance, overlapping.Change.Claim));
        Assert.True(overlapping.Change.PValue > 0.05, $"p = {overlapping.Change.PValue}");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Queries_SampleBelowThreshold_SuppressedAndNeverRankedOrCompared(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var services = scope.ServiceProvider;

        var row = await OvergewichtRowAsync(database, "WK034403");
        var profile = await services.GetRequiredService<ShowIndicatorProfileQuery>().GetAsync(new IndicatorProfileRequest("Overgewicht", AreaLevel.District, "GM0344"), Audience.Public, ct);
        var overview = await services.GetRequiredService<ShowOverviewQuery>().GetAsync("proef", Audience.Public, ct);

        Assert.Equal(new Figure("2020", 2020, "2020", null, null, null, null, new Suppression(20, 30), "50090NED"), row.Latest);
        Assert.Equal(200, row.Previous!.SampleSize);
        Assert.Null(row.Change);
        Assert.NotNull(profile);
        Assert.DoesNotContain(profile.Ranking, r => r.Area.Code == "WK034403");
        Assert.Contains(profile.WithoutValue, a => a.Code == "WK034403");
        Assert.Equal(4, profile.Distribution!.Count);

        // Noord = WK034401 (significantly better) + WK034403 (suppressed): a survey percentage of two members has no
        // figure of the focus area, so it counts once, apart (issue 11 point 2), never once per member.
        var noord = Assert.Single(overview!.FocusAreas);
        Assert.Equal(new PillarTally(1, 0, 0, 0, 0, 0, 0, 0, NoComparison: 0, Indicators: 1, PerMember: 1), noord.Pillars[0]);
        Assert.Equal(new PillarTally(2, 0, 0, 0, 0, 0, 0, 0, 0, 0), noord.Pillars[1]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_LowerConfiguredThreshold_ShowsTheSmallSample(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var services = scope.ServiceProvider;
        var pageTags = new PageCacheTags();
        var query = new ShowAreaProfileQuery(
            services.GetRequiredService<IProgrammeCatalogue>(),
            new KernsetReader(services.GetRequiredService<IIndicatorCatalogue>(), services.GetRequiredService<IObservationReader>(), pageTags),
            new AreaReader(services.GetRequiredService<IAreaRegister>(), pageTags),
            new FigureReader(services.GetRequiredService<IObservationReader>(), Options.Create(new SmallNumberOptions { MinimumSampleSize = 10 })),
            services.GetRequiredService<PopulationReader>(),
            pageTags);

        var profile = await query.GetAsync("WK034403", null, Audience.Public, TestContext.Current.CancellationToken);

        var row = Assert.Single(Assert.Single(profile!.Programmes).Pillars[0].Indicators);
        Assert.Equal((44.0, 20, (Suppression?)null), (row.Latest!.Value!.Value, row.Latest.SampleSize!.Value, row.Latest.Suppressed));
        Assert.Equal(ChangeDirection.Improved, row.Change!.Direction);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Queries_DraftFigure_InvisibleWithOrWithoutThePublishedOnlyFilter(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var areaProfile = scope.ServiceProvider.GetRequiredService<ShowAreaProfileQuery>();
        var factsheet = scope.ServiceProvider.GetRequiredService<ShowFactsheetQuery>();

        var published = await areaProfile.GetAsync("WK034401", null, Audience.Public, ct);
        var all = await areaProfile.GetAsync("WK034401", null, Audience.Operator, ct);
        var publicProfile = await scope.ServiceProvider.GetRequiredService<ShowIndicatorProfileQuery>().GetAsync(new IndicatorProfileRequest("Overgewicht", AreaLevel.District, "GM0344"), Audience.Public, ct);

        Assert.Equal(("2020", 40.0), (published!.Programmes[0].Pillars[0].Indicators[0].Latest!.PeriodCode, published.Programmes[0].Pillars[0].Indicators[0].Latest!.Value!.Value));
        // A draft's values wait apart from the figures (issue 9): no query of the monitor sees them.
        Assert.Equal(("2020", 40.0), (all!.Programmes[0].Pillars[0].Indicators[0].Latest!.PeriodCode, all.Programmes[0].Pillars[0].Indicators[0].Latest!.Value!.Value));
        Assert.Equal(["2016", "2020"], publicProfile!.Periods);
        Assert.Null(await factsheet.GetAsync("proef", "noord", "2024", Audience.Public, ct));
        Assert.Null(await factsheet.GetAsync("proef", "noord", "2024", Audience.Operator, ct));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_HigherIsWorseWithTie_LowestFirstTiedShareARank(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<ShowIndicatorProfileQuery>();

        var profile = await query.GetAsync(new IndicatorProfileRequest("Overgewicht", AreaLevel.District), Audience.Public, TestContext.Current.CancellationToken);

        Assert.NotNull(profile);
        Assert.Equal(("NL00", "2020", "18+"), (profile.Within.Code, profile.Period, profile.Breakdown));
        Assert.Equal(
            [(1, "WK034401", 40.0), (2, "WK034404", 45.0), (2, "WK034405", 45.0), (4, "WK034402", 48.0)],
            profile.Ranking.Select(r => (r.Rank, r.Area.Code, r.Figure.Value!.Value)));
        var distribution = profile.Distribution!;
        Assert.Equal((40.0, 43.75, 45.0, 45.75, 48.0, 44.5), (distribution.Min, distribution.Q1, distribution.Median, distribution.Q3, distribution.Max, distribution.Mean));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CompareAsync_SharedPeriodOrNone_LatestSharedElseEachOwnLatest(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await SeededAsync(provider);
        await using var scope = database.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<CompareAreasQuery>();

        // NL00 has a 2016 figure only: the wijk is shown for 2016 as well. GM0344 has none: each its own latest.
        var withCountry = await query.GetAsync(["WK034401", "NL00"], null, Audience.Public, ct);
        var withMunicipality = await query.GetAsync(["WK034401", "GM0344"], null, Audience.Public, ct);

        Assert.Equal([("2016", 50.0), ("2016", 47.0)], withCountry.Pillars[0].Rows[0].Figures.Select(f => (f!.PeriodCode, f.Value!.Value)));
        Assert.Equal(["2020", null], withMunicipality.Pillars[0].Rows[0].Figures.Select(f => f?.PeriodCode));
    }

    [Fact]
    public async Task InitializeAsync_MinimumSampleSizeZero_RefusesToStart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wijkpeil-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Wijkpeil"] = $"Data Source={Path.Combine(folder, "wijkpeil.db")}",
            ["Monitor:MinimumSampleSize"] = "0",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddWijkpeil(configuration);
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => WijkpeilStartup.InitializeAsync(provider, TestContext.Current.CancellationToken));

        Assert.Contains("Monitor:MinimumSampleSize", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "wijkpeil.db")));
    }

    private static async Task<IndicatorRow> OvergewichtRowAsync(TestDatabase database, string area)
    {
        await using var scope = database.CreateScope();
        var profile = await scope.ServiceProvider.GetRequiredService<ShowAreaProfileQuery>().GetAsync(area, null, Audience.Public, TestContext.Current.CancellationToken);
        return Assert.Single(Assert.Single(profile!.Programmes).Pillars[0].Indicators);
    }

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await TestDatabase.CreateAsync(provider);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            db.Areas.AddRange(
                new Area(AreaCode.From("NL00"), "Nederland", null, [2024]),
                new Area(AreaCode.From("PV26"), "Utrecht", AreaCode.From("NL00"), [2024]),
                new Area(AreaCode.From("GM0344"), "Utrecht", AreaCode.From("PV26"), [2024]));
            for (var wijk = 1; wijk <= 5; wijk++)
            {
                db.Areas.Add(new Area(AreaCode.From($"WK03440{wijk}"), $"Wijk 0{wijk}", AreaCode.From("GM0344"), [2024]));
            }

            var indicator = Indicator.Create("Overgewicht", "Overgewicht", "Overweight", IndicatorKind.Percentage, Polarity.HigherIsWorse, "%").Value;
            indicator.MapSource("50090NED", "Overgewicht");
            indicator.Describe("Percentage met overgewicht.", "Share overweight.", "RIVM/GGD Gezondheidsmonitor", "inwoners van 18 jaar en ouder");
            indicator.SetSourceKind(SourceKind.Survey);
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync(ct);

            var programme = new Programme("proef", "Proefprogramma");
            programme.AddPillar(1, "Gezondheid", "Health");
            programme.AddPillar(2, "Veiligheid", "Safety");
            programme.AddFocusArea("noord", "Noord", [AreaCode.From("WK034401"), AreaCode.From("WK034403")]);
            programme.AddReferenceArea(AreaCode.From("NL00"));
            programme.AddCoreIndicator(indicator.Id, 1, "18+");
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
        }

        await StoreAsync(
            database,
            publish: true,
            Value("WK034401", "2016", 50, 48, 52),
            Value("WK034401", "2020", 40, 38, 42),
            Value("WK034402", "2016", 50, 40, 60),
            Value("WK034402", "2020", 48, 38, 58),
            Value("WK034403", "2016", 45, sampleSize: 200),
            Value("WK034403", "2020", 44, sampleSize: 20),
            Value("WK034404", "2020", 45),
            Value("WK034405", "2020", 45),
            Value("NL00", "2016", 47));
        await StoreAsync(database, publish: false, Value("WK034401", "2024", 30));
        return database;
    }

    private static ParsedObservation Value(string area, string period, double value, double? lower = null, double? upper = null, int? sampleSize = null) =>
        new(area, "Overgewicht", period, "18+", value, lower, upper, sampleSize, 2, "Overgewicht");

    private static async Task StoreAsync(TestDatabase database, bool publish, params ParsedObservation[] values)
    {
        var dataset = new ParsedDataset("statline", "proef.xlsx") { SourceTable = "50090NED" };
        dataset.Observations.AddRange(values);
        await using var scope = database.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .StoreAsync(dataset, "sha", new ImportOptions(Publish: publish), TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
    }
}
