using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.CompareAreas;
using Wijkpeil.App.Modules.Monitor.ShowAreaProfile;
using Wijkpeil.App.Modules.Monitor.ShowFactsheet;
using Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;
using Wijkpeil.App.Modules.Monitor.ShowOverview;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>The monitor's read models on the real bundled data; expected figures are those of the bundled RIVM and CBS files.</summary>
public sealed partial class MonitorBundledDataTests(BundledDataFixture fixture) : IClassFixture<BundledDataFixture>
{
    private const string Health = "ErvarenGezondheidGoedZeerGoed";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_Overvecht_LatestPreviousChangeAndReferencesFromTheData(DatabaseProvider provider)
    {
        var profile = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("wk034403 ", null, Audience.Public, TestContext.Current.CancellationToken));

        Assert.NotNull(profile);
        Assert.Equal(new AreaRef("WK034403", "Wijk 03 Overvecht", AreaLevel.District), profile.Area);
        Assert.Equal(["NL00", "PV26", "GM0344"], profile.Ancestors.Select(a => a.Code));
        Assert.Equal(["GM0344", "PV26", "NL00"], profile.References.Select(a => a.Code));
        Assert.Equal("overvecht", Assert.Single(profile.FocusAreas).Code);

        // Every pillar appears with its kernset: 2 (crime, figures per buurt only) and 4 (education, not yet published) too.
        Assert.Equal([(1, 31), (2, 2), (3, 7), (4, 3), (5, 12)], Single(profile).Pillars.Select(p => (p.Pillar.Number, p.Indicators.Count)));

        var row = Single(profile).Pillars[0].Indicators.Single(i => i.Indicator.Code == Health);
        Assert.Equal("18+", row.Breakdown);
        Assert.Equal(("2020", 69.9), (row.Latest!.PeriodCode, row.Latest.Value!.Value));
        Assert.Equal(("2016", 63.5), (row.Previous!.PeriodCode, row.Previous.Value!.Value));
        Assert.Equal("50090NED", row.Latest.Source);
        Assert.NotNull(row.Change);
        Assert.Equal((ChangeDirection.Improved, SignificanceOutcome.NotTestable, null, "2016", "2020"), (row.Change.Direction, row.Change.Significance, row.Change.PValue, row.Change.FromPeriod, row.Change.ToPeriod));
        Assert.Equal(6.4, row.Change.Difference, 9);
        // RIVM/GGD is a survey; the bundled file has no intervals, so the rise claims nothing.
        Assert.Equal((SourceKind.Survey, ChangeClaim.HigherNotTestable), (row.Indicator.SourceKind, row.Change.Claim));
        Assert.Equal(["2016", "2020"], row.Trend.Select(f => f.PeriodCode));

        // The bundled 50090NED files hold no provincial figures, so PV26 has none.
        Assert.Equal(
            [("GM0344", "2020", 80.8), ("PV26", null, null), ("NL00", "2020", 78.4)],
            row.References.Select(r => (r.Area.Code, r.Figure?.PeriodCode, r.Figure?.Value)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_Municipality_ReferencesAreProvinceAndCountry(DatabaseProvider provider)
    {
        var profile = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("GM0344", null, Audience.Public, TestContext.Current.CancellationToken));

        Assert.NotNull(profile);
        Assert.Equal(["PV26", "NL00"], profile.References.Select(a => a.Code));
        Assert.Empty(profile.FocusAreas);
        Assert.Equal(80.8, Single(profile).Pillars[0].Indicators.Single(i => i.Indicator.Code == Health).Latest?.Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_CodeNotInRegister_ReturnsNull(DatabaseProvider provider)
    {
        Assert.Null(await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("WK999999", null, Audience.Public, TestContext.Current.CancellationToken)));
        Assert.Null(await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("overvecht", null, Audience.Public, TestContext.Current.CancellationToken)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_WarmWithAllBundledData_RendersWellWithinBudget(DatabaseProvider provider)
    {
        var database = await fixture.DatabaseAsync(provider);
        var times = new List<double>();
        for (var run = 0; run < 7; run++)
        {
            await using var scope = database.CreateScope();
            var query = scope.ServiceProvider.GetRequiredService<ShowAreaProfileQuery>();
            var watch = Stopwatch.StartNew();
            Assert.NotNull(await query.GetAsync("WK034403", null, Audience.Public, TestContext.Current.CancellationToken));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var fastest = times.Skip(2).Min();
        TestContext.Current.SendDiagnosticMessage($"Area page WK034403 on {provider}: fastest {fastest:F1} ms warm (runs: {string.Join(", ", times.Select(t => t.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))})");

        // Not a performance target (that is bench/web.sh, under 30 ms): a guard against a table scan. An area filter
        // that misses the primary key reads 1.5 million rows, 300 ms and more on every run; the fastest of five warm
        // runs is what a busy test machine disturbs least (a median of them once reached 262 ms on 2 loaded cores).
        Assert.True(fastest < 250, $"fastest {fastest} ms of {string.Join(", ", times)}");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OverviewAsync_VitaleWijken_TalliesMembersTimesIndicatorsPerPillar(DatabaseProvider provider)
    {
        var overview = await QueryAsync(provider, (ShowOverviewQuery q) => q.GetAsync("vitale-wijken", Audience.Public, TestContext.Current.CancellationToken));

        Assert.NotNull(overview);
        Assert.Equal("vitale-wijken", overview.Code);
        Assert.Equal([1, 2, 3, 4, 5], overview.Pillars.Select(p => p.Number));
        // In the programme's display order: by name.
        Assert.Equal(["batau", "overvecht", "soesterkwartier", "vollenhove"], overview.FocusAreas.Select(f => f.FocusArea.Code));
        var batau = overview.FocusAreas[0];
        Assert.Equal(["WK035603", "WK035604"], batau.FocusArea.Members.Select(m => m.Code));
        Assert.Equal("GM0356", batau.FocusArea.Municipality.Code);

        // 2016 against 2020 for the RIVM measures, 2023 against 2024 where kwb and 85984NED both have a figure;
        // the bundled files carry no intervals or sample sizes, so nothing is significant.
        var overvecht = overview.FocusAreas[1].Pillars;
        // The RIVM survey figures have no intervals: every movement is "niet te toetsen", never better or worse; the
        // register figures of pillar 5 (kwb, 85984NED) that moved are neutral ones (e.g. inhabitants).
        Assert.Equal(new PillarTally(1, 0, 0, 0, 0, Untested: 22, Changed: 0, Stable: 2, NoComparison: 7, Indicators: 31), overvecht[0]);
        // Crime is counted per buurt (a wijk total is a derived sum) in one year, education not yet published: nothing to compare.
        Assert.Equal(new PillarTally(2, 0, 0, 0, 0, 0, 0, 0, NoComparison: 2, Indicators: 2), overvecht[1]);
        Assert.Equal(new PillarTally(4, 0, 0, 0, 0, 0, 0, 0, NoComparison: 3, Indicators: 3), overvecht[3]);
        Assert.Equal([4], overview.PillarsWithoutFigures.Order());
        Assert.Equal(new PillarTally(3, 0, 0, 0, 0, Untested: 3, Changed: 0, Stable: 0, NoComparison: 4, Indicators: 7), overvecht[2]);
        Assert.Equal(new PillarTally(5, 0, 0, 0, 0, Untested: 0, Changed: 2, Stable: 0, NoComparison: 10, Indicators: 12), overvecht[4]);
        Assert.Equal(new PillarTally(1, 0, 0, 0, 0, Untested: 0, Changed: 0, Stable: 0, NoComparison: 0, Indicators: 31, PerMember: 31), batau.Pillars[0]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CompareAsync_MixedCodes_NormalisesDeduplicatesAndListsUnknown(DatabaseProvider provider)
    {
        var comparison = await QueryAsync(provider, (CompareAreasQuery q) => q.GetAsync(["wk034403", " GM0344 ", "WK034403", "GM9999", "onzin"], null, Audience.Public, TestContext.Current.CancellationToken));

        Assert.Equal(["WK034403", "GM0344"], comparison.Areas.Select(a => a.Code));
        Assert.Equal(["GM9999", "ONZIN"], comparison.UnknownCodes);
        var row = comparison.Pillars[0].Rows.Single(r => r.Indicator.Code == Health);
        Assert.Equal([("2020", 69.9), ("2020", 80.8)], row.Figures.Select(f => (f!.PeriodCode, f.Value!.Value)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FactsheetAsync_OvervechtByFocusAreaOrMemberCode_FiguresReferencesAndProvenance(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var byCode = await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("vitale-wijken", "Overvecht", "meting-2020", Audience.Public, ct));
        var byMember = await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("vitale-wijken", "wk034403", "Meting-2020", Audience.Public, ct));

        Assert.NotNull(byCode);
        Assert.NotNull(byMember);
        Assert.Equal("overvecht", byMember.FocusArea.Code);
        Assert.Equal(["meting-2016", "meting-2020"], byCode.Waves.Select(w => w.Slug));
        Assert.Equal(("meting-2020", "Meting 2020"), (byCode.Wave.Slug, byCode.Wave.Name));
        Assert.Equal(["GM0344", "PV26", "NL00"], byCode.References.Select(r => r.Code));
        var row = byCode.Pillars[0].Rows.Single(r => r.Indicator.Code == Health);
        var member = Assert.Single(row.Members);
        Assert.Equal((69.9, 63.5, ChangeDirection.Improved), (member.Current!.Value!.Value, member.Previous!.Value!.Value, member.Change!.Direction));
        Assert.Equal([80.8, null, 78.4], row.References.Select(r => r.Figure?.Value));

        // Meting 2020 takes 50090NED 2020 and the 2023 kwb and nearness figures (each indicator through its own source): the
        // kwb indicator Woningvoorraad shows its 2023 figure, not the 2024 one of 85984NED.
        var housing = byCode.Pillars.SelectMany(p => p.Rows).Single(r => r.Indicator.Code == "Woningvoorraad");
        Assert.Equal("2023", Assert.Single(housing.Members).Current?.PeriodCode);
        Assert.Contains("RIVM 50090NED Gezondheid per wijk en buurt 2020", byCode.Sources);
        Assert.Contains("CBS Kerncijfers wijken en buurten 2023", byCode.Sources);

        // Overvecht's crimes are summed from its buurten (the wijk has no figure of its own): the figures behind the sum
        // are named as the source, so nothing derived hides where it came from.
        var crimes = byCode.Pillars.SelectMany(p => p.Rows).Single(r => r.Indicator.Code == "GeregistreerdeMisdrijven");
        Assert.Equal(DerivationKind.Sum, crimes.Derivation?.Kind);
        Assert.Contains("Politie/CBS 47018NED Geregistreerde misdrijven; soort misdrijf, wijk, buurt 2023", byCode.Sources);

        // The data version in words: the newest import among the wave's figures, their predecessors and the figures
        // they were derived from, and their sources with periods; 85984NED (2024) is not among them, since Meting 2020 takes kwb 2023.
        await using var scope = (await fixture.DatabaseAsync(provider)).CreateScope();
        var batches = await scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>().ImportBatches.ToListAsync(ct);
        var newest = batches.Where(b => b.SourceTable != "85984NED").Max(b => b.ImportedAt);
        Assert.Equal(newest, byCode.DataVersion.Updated);
        Assert.Contains("RIVM 50090NED 2016", byCode.DataVersion.Sources);
        Assert.Contains("RIVM 50090NED 2020", byCode.DataVersion.Sources);
        Assert.Contains("Politie/CBS 47018NED 2023", byCode.DataVersion.Sources);
        Assert.DoesNotContain(byCode.DataVersion.Sources, s => s.Contains("85984NED", StringComparison.Ordinal) || s.Contains("kwb", StringComparison.Ordinal));

        // Page 1: per pillar the first kernset indicators with a figure, at most four; health's first is ervaren gezondheid,
        // its trend 2016 -> 2020, and beside Utrecht's 80,8 % without "lower than" (50090NED gives no intervals: not testable).
        var health = byCode.Pillars[0].Headlines;
        Assert.Equal(FactsheetHeadline.PerPillar, health.Count);
        Assert.Equal(Health, health[0].Row.Indicator.Code);
        Assert.Equal([63.5, 69.9], health[0].Trend.Select(f => f.Value));
        Assert.Equal((80.8, GemeenteOutcome.SideBySide), (health[0].Gemeente!.Figure.Value, health[0].Gemeente!.Outcome));
        Assert.Empty(byCode.Pillars.Single(p => p.Pillar.Number == 4).Headlines);
        var meting2016 = await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("vitale-wijken", "overvecht", "meting-2016", Audience.Public, ct));
        Assert.Equal(63.5, Assert.Single(meting2016!.Pillars[0].Rows.Single(r => r.Indicator.Code == Health).Members).Current?.Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FactsheetAsync_Batau_SurveyHeadlinesPerWijkSideBySide_RegisterCountsSummedForBatau(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var sheet = await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("vitale-wijken", "batau", "meting-2020", Audience.Public, ct));

        // A survey estimate of two wijken is never summed or averaged: Batau has no health figure of its own, so page 1
        // shows each wijk's, side by side, within the four rows a pillar has.
        Assert.NotNull(sheet);
        var health = sheet.Pillars[0].Headlines;
        var row = sheet.Pillars[0].Rows.Single(r => r.Indicator.Code == Health);
        Assert.Null(row.Whole?.Current);
        Assert.Equal(FactsheetHeadline.PerPillar, health.Count);
        Assert.Equal(["Batau Zuid", "Batau Noord", "Batau Zuid", "Batau Noord"], health.Select(h => h.Member?.Name));
        Assert.Equal(row.Members.Select(m => m.Current!.Value), health.Take(2).Select(h => h.Focus.Current!.Value));
        Assert.All(health, h => Assert.Equal(h.Focus.Current!.Value, h.Trend[^1].Value));

        // A register count is summed: Batau's own figure, not a wijk's.
        var crimes = sheet.Pillars.Single(p => p.Pillar.Number == 2).Headlines.Single(h => h.Row.Indicator.Code == "GeregistreerdeMisdrijven");
        Assert.Null(crimes.Member);
        Assert.Equal(DerivationKind.Sum, crimes.Row.Derivation?.Kind);
        Assert.Equal(crimes.Row.Members.Sum(m => m.Current!.Value!.Value), crimes.Focus.Current!.Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FactsheetAsync_UnknownFocusAreaOrPeriodWithoutFigures_ReturnsNull(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("vitale-wijken", "nergenshuizen", "meting-2020", Audience.Public, ct)));
        Assert.Null(await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("vitale-wijken", "overvecht", "meting-2019", Audience.Public, ct)));
        Assert.Null(await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("vitale-wijken", "GM0344", "meting-2020", Audience.Public, ct)));
        Assert.Null(await QueryAsync(provider, (ShowFactsheetQuery q) => q.GetAsync("bestaat-niet", "overvecht", "meting-2020", Audience.Public, ct)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_WijkenOfUtrecht_RankedBestFirstWithQuartiles(DatabaseProvider provider)
    {
        var profile = await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.GetAsync(new IndicatorProfileRequest("ervarengezondheidgoedzeergoed", AreaLevel.District, "gm0344"), Audience.Public, TestContext.Current.CancellationToken));

        Assert.NotNull(profile);
        Assert.Equal(Health, profile.Indicator.Code);
        Assert.Equal(["2016", "2020"], profile.Periods);
        Assert.Equal(["18+", "65+"], profile.Breakdowns);
        Assert.Equal(("2020", "18+", "GM0344"), (profile.Period, profile.Breakdown, profile.Within.Code));
        Assert.Equal(
            ["WK034406", "WK034404", "WK034405", "WK034409", "WK034410", "WK034401", "WK034407", "WK034402", "WK034408", "WK034403"],
            profile.Ranking.Select(r => r.Area.Code));
        Assert.Equal((1, 85.8), (profile.Ranking[0].Rank, profile.Ranking[0].Figure.Value!.Value));
        Assert.Equal((10, 69.9), (profile.Ranking[^1].Rank, profile.Ranking[^1].Figure.Value!.Value));
        Assert.Empty(profile.WithoutValue);
        Assert.Empty(profile.WithoutBoundary);

        // Quartiles of the ten values by linear interpolation (numpy.percentile, QUARTILE.INC).
        var distribution = profile.Distribution!;
        Assert.Equal((10, 69.9, 85.8), (distribution.Count, distribution.Min, distribution.Max));
        Assert.Equal(78.95, distribution.Q1, 9);
        Assert.Equal(82.6, distribution.Median, 9);
        Assert.Equal(84.375, distribution.Q3, 9);
        Assert.Equal(10, distribution.Bins.Sum(b => b.Count));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_Buurten_ThoseWithoutBoundaryAreListed(DatabaseProvider provider)
    {
        var profile = await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.GetAsync(new IndicatorProfileRequest(Health, AreaLevel.Neighbourhood, "WK035603", Period: "2016"), Audience.Public, TestContext.Current.CancellationToken));
        var overvecht = await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.GetAsync(new IndicatorProfileRequest(Health, AreaLevel.Neighbourhood, "WK034403", Period: "2016"), Audience.Public, TestContext.Current.CancellationToken));

        Assert.NotNull(profile);
        Assert.Equal("2016", profile.Period);
        Assert.NotEmpty(profile.Ranking);
        Assert.All(profile.Ranking, r => Assert.StartsWith("BU035603", r.Area.Code, StringComparison.Ordinal));

        // The bundle has buurt boundaries for Utrecht, Zeist and Soesterkwartier only, not for Nieuwegein (Batau Zuid);
        // the list is in code order.
        Assert.Equal(profile.Ranking.Select(r => r.Area.Code).Order(StringComparer.Ordinal), profile.WithoutBoundary.Select(a => a.Code));
        Assert.NotEmpty(overvecht!.Ranking);
        Assert.Empty(overvecht.WithoutBoundary);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfileAsync_UnknownIndicator_ReturnsNull(DatabaseProvider provider) =>
        Assert.Null(await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.GetAsync(new IndicatorProfileRequest("BestaatNiet"), Audience.Public, TestContext.Current.CancellationToken)));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorMapGeoJsonAsync_WijkenOfUtrecht_OneFeaturePerRankedAreaWithItsValue(DatabaseProvider provider)
    {
        var geoJson = await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.MapGeoJsonAsync(new IndicatorProfileRequest(Health, AreaLevel.District, "GM0344"), Audience.Public, TestContext.Current.CancellationToken));

        Assert.NotNull(geoJson);
        using var document = JsonDocument.Parse(geoJson);
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(10, features.Count);
        var overvecht = features.Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "WK034403");
        Assert.Equal("Wijk 03 Overvecht", overvecht.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(69.9, overvecht.GetProperty("properties").GetProperty("value").GetDouble());
        var geometry = overvecht.GetProperty("geometry").GetProperty("type").GetString();
        Assert.True(geometry is "Polygon" or "MultiPolygon", geometry);
    }

    /// <summary>The only programme on an area page of the bundled data: Vitale Wijken.</summary>
    private static AreaProgramme Single(AreaProfile profile) => Assert.Single(profile.Programmes);

    private async Task<T> QueryAsync<TQuery, T>(DatabaseProvider provider, Func<TQuery, Task<T>> query)
        where TQuery : notnull
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var scope = database.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TQuery>());
    }
}
