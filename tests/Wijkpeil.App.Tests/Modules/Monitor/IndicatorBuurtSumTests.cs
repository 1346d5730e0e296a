using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// The indicator page sums a register count of the wijken and gemeenten from their buurten (issue 11, point 4) only
/// where every buurt has a published figure that may be shown, and never over a figure of the area's own. The small
/// register of <see cref="ApiTestData"/> (Overvecht with two buurten, the only wijk of Utrecht); one period per case,
/// every value made up for the test; and a ratio of crimes per 1.000 inhabitants derived from its parts.
/// </summary>
public sealed class IndicatorBuurtSumTests
{
    private const string Taag = "BU03440301";
    private const string Zamenhof = "BU03440302";
    private const string Crimes = "misdrijven";
    private const string CrimesPerThousand = "misdrijven_per_1000";
    private const string AllCrimes = "0.0.0";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfile_EveryBuurtHasAFigure_TheWijkAndGemeenteGetTheirSumSayingSo(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var wijken = await ProfileAsync(database, AreaLevel.District, "GM0344", "2021");
        var gemeenten = await ProfileAsync(database, AreaLevel.Municipality, "PV26", "2021");

        var overvecht = Assert.Single(wijken.Ranking);
        Assert.Equal(("WK034403", 1200.0 + 800.0), (overvecht.Area.Code, overvecht.Figure.Value));
        Assert.True(overvecht.IsDerived);
        Assert.Equal(
            "afgeleid: som van de 2 buurten; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt",
            overvecht.Derivation!.TextNl);
        Assert.Equal(
            "derived: sum of the 2 neighbourhoods; what is not assigned to a neighbourhood (such as ‘buurt onbekend’) is missing",
            overvecht.Derivation.TextEn);

        // Utrecht's buurten are all in its one wijk; Nieuwegein has no buurten in this register, so nothing to sum.
        var utrecht = Assert.Single(gemeenten.Ranking);
        Assert.Equal(("GM0344", 2000.0, true), (utrecht.Area.Code, utrecht.Figure.Value, utrecht.IsDerived));
        Assert.Equal(["GM0356"], gemeenten.WithoutValue.Select(a => a.Code));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfile_OneBuurtLacksAFigure_NoSumOfTheBuurtenThatHappenToHaveOne(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var wijken = await ProfileAsync(database, AreaLevel.District, "GM0344", "2022");
        var gemeenten = await ProfileAsync(database, AreaLevel.Municipality, "PV26", "2022");

        Assert.Empty(wijken.Ranking);
        Assert.Equal(["WK034403"], wijken.WithoutValue.Select(a => a.Code));
        Assert.Empty(gemeenten.Ranking);

        // The buurt that has its figure is shown as it is.
        var buurten = await ProfileAsync(database, AreaLevel.Neighbourhood, "GM0344", "2022");
        Assert.Equal([(Taag, 1250.0)], buurten.Ranking.Select(r => (r.Area.Code, r.Figure.Value!.Value)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfile_OneBuurtsFigureSuppressed_NoSum(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var wijken = await ProfileAsync(database, AreaLevel.District, "GM0344", "2023");

        Assert.Empty(wijken.Ranking);
        Assert.Equal(["WK034403"], wijken.WithoutValue.Select(a => a.Code));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfile_TheWijkHasItsOwnFigure_ItIsShownNotTheSum(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var wijken = await ProfileAsync(database, AreaLevel.District, "GM0344", "2024");
        var gemeenten = await ProfileAsync(database, AreaLevel.Municipality, "PV26", "2024");

        var overvecht = Assert.Single(wijken.Ranking);
        Assert.Equal((33120.0, false), (overvecht.Figure.Value!.Value, overvecht.IsDerived));

        // The gemeente has no figure of its own: the sum of its buurten, not of its wijken' own figures.
        Assert.Equal((1300.0 + 700.0, true), (Assert.Single(gemeenten.Ranking).Figure.Value!.Value, gemeenten.Ranking[0].IsDerived));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfile_SurveyPercentage_NeverSummed(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await ApiTestData.ImportAsync(
            database, publish: true, "gezondheid.csv", "50090NED",
            (Taag, ApiTestData.Health, "2022", "18+", 60.0, null, null, 400),
            (Zamenhof, ApiTestData.Health, "2022", "18+", 70.0, null, null, 400));

        await using var scope = database.CreateScope();
        var wijken = await scope.ServiceProvider.GetRequiredService<ShowIndicatorProfileQuery>().GetAsync(
            new IndicatorProfileRequest(ApiTestData.Health, AreaLevel.District, "GM0344", "2022", "18+"), Audience.Public, TestContext.Current.CancellationToken);

        Assert.Empty(wijken!.Ranking);
        Assert.Equal(["WK034403"], wijken.WithoutValue.Select(a => a.Code));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorProfile_RatioOfTheWijk_FromTheSumOfItsBuurtenAndItsOwnDenominatorOfTheTotal(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var wijken = await RatioAsync(database, AreaLevel.District);
        var buurten = await RatioAsync(database, AreaLevel.Neighbourhood);
        var gemeenten = await RatioAsync(database, AreaLevel.Municipality);

        // Crimes 26 + 14 of the buurten, per 1.000 of Overvecht's own 33.120 inhabitants (published for the total only).
        var overvecht = Assert.Single(wijken.Ranking);
        Assert.Equal(Math.Round(1000.0 * (26 + 14) / 33120, 1, MidpointRounding.AwayFromZero), overvecht.Figure.Value!.Value, 9);
        Assert.Equal(
            "afgeleid: 1.000 × misdrijven / inwoners; misdrijven: som van de 2 buurten; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt",
            overvecht.Derivation!.TextNl);
        Assert.StartsWith("derived: 1,000 × misdrijven / inwoners; misdrijven: sum of the 2 neighbourhoods; ", overvecht.Derivation.TextEn, StringComparison.Ordinal);

        // Each buurt from its own two figures (26 / 1.300 and 14 / 700), never an average of other areas' ratios.
        Assert.Equal([(Taag, 20.0), (Zamenhof, 20.0)], buurten.Ranking.Select(r => (r.Area.Code, Math.Round(r.Figure.Value!.Value, 9))).OrderBy(r => r.Code));
        Assert.All(buurten.Ranking, r => Assert.Equal("afgeleid: 1.000 × misdrijven / inwoners", r.Derivation!.TextNl));

        // Utrecht has no inhabitants of its own for 2024: no ratio (the denominator is the area's own, not a sum).
        Assert.Empty(gemeenten.Ranking);
    }

    private static async Task<IndicatorProfile> RatioAsync(TestDatabase database, AreaLevel level)
    {
        await using var scope = database.CreateScope();
        var profile = await scope.ServiceProvider.GetRequiredService<ShowIndicatorProfileQuery>().GetAsync(
            new IndicatorProfileRequest(CrimesPerThousand, level, level == AreaLevel.Municipality ? "PV26" : "GM0344", "2024", AllCrimes), Audience.Public, TestContext.Current.CancellationToken);
        Assert.NotNull(profile);
        Assert.Equal(("2024", AllCrimes), (profile.Period, profile.Breakdown));
        return profile;
    }

    private static async Task<IndicatorProfile> ProfileAsync(TestDatabase database, AreaLevel level, string within, string period)
    {
        await using var scope = database.CreateScope();
        var profile = await scope.ServiceProvider.GetRequiredService<ShowIndicatorProfileQuery>().GetAsync(
            new IndicatorProfileRequest(ApiTestData.Inhabitants, level, within, period, "totaal"), Audience.Public, TestContext.Current.CancellationToken);
        Assert.NotNull(profile);
        Assert.Equal((period, "totaal"), (profile.Period, profile.Breakdown));
        return profile;
    }

    /// <summary>
    /// Inhabitants (a register count) of the two buurten: 2021 both; 2022 only Taag- en Rubicondreef published (the
    /// other a draft); 2023 both, one
    /// with a sample size below the threshold (as if a survey count); 2024 both, and Overvecht's own figure.
    /// </summary>
    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await ApiTestData.SeedRegisterAsync(database);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var crimes = Indicator.Create(Crimes, "Geregistreerde misdrijven", "Registered crimes", IndicatorKind.Count, Polarity.HigherIsWorse, "aantal").Value;
            crimes.Describe("Misdrijven.", "Crimes.", "Politie/CBS", "misdrijven");
            crimes.SetSourceKind(SourceKind.Register);
            var perThousand = Indicator.Create(CrimesPerThousand, "Misdrijven per 1.000 inwoners", "Crimes per 1,000 inhabitants", IndicatorKind.Rate, Polarity.HigherIsWorse, "per 1.000 inwoners").Value;
            perThousand.Describe("Misdrijven per 1.000 inwoners.", "Crimes per 1,000 inhabitants.", "Politie/CBS en CBS", "inwoners");
            perThousand.SetSourceKind(SourceKind.Register);
            perThousand.DefineRatio(new IndicatorRatio(Crimes, ApiTestData.Inhabitants, 1000));
            db.Indicators.AddRange(crimes, perThousand);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await ApiTestData.ImportAsync(
            database, publish: true, "politie.csv", null,
            (Taag, Crimes, "2024", AllCrimes, 26, null, null, null),
            (Zamenhof, Crimes, "2024", AllCrimes, 14, null, null, null));
        await ApiTestData.ImportAsync(
            database, publish: true, "buurten.csv", null,
            (Taag, ApiTestData.Inhabitants, "2021", "totaal", 1200, null, null, null),
            (Zamenhof, ApiTestData.Inhabitants, "2021", "totaal", 800, null, null, null),
            (Taag, ApiTestData.Inhabitants, "2022", "totaal", 1250, null, null, null),
            (Taag, ApiTestData.Inhabitants, "2023", "totaal", 1280, null, null, null),
            (Zamenhof, ApiTestData.Inhabitants, "2023", "totaal", 790, null, null, 12),
            (Taag, ApiTestData.Inhabitants, "2024", "totaal", 1300, null, null, null),
            (Zamenhof, ApiTestData.Inhabitants, "2024", "totaal", 700, null, null, null));
        await ApiTestData.ImportAsync(
            database, publish: true, "kwb.csv", null,
            ("WK034403", ApiTestData.Inhabitants, "2024", "totaal", 33120, null, null, null));

        // A draft is no published figure: 2022 still lacks Zamenhofdreef's for the public.
        await ApiTestData.ImportAsync(
            database, publish: false, "concept.csv", null,
            (Zamenhof, ApiTestData.Inhabitants, "2022", "totaal", 810, null, null, null));
        return database;
    }
}
