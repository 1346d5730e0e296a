using System.Text.Json;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.ShowAreaProfile;
using Wijkpeil.App.Modules.Monitor.ShowFocusArea;
using Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>All five pillars on the embedded default (issue 11, point 4): crime per buurt, its buurt map, education in words.</summary>
public sealed partial class MonitorBundledDataTests
{
    private const string Crimes = "GeregistreerdeMisdrijven";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task IndicatorMapGeoJsonAsync_CrimeInBuurtenOfUtrecht_EveryBuurtDrawnWithItsCount(DatabaseProvider provider)
    {
        var geoJson = await QueryAsync(provider, (ShowIndicatorProfileQuery q) => q.MapGeoJsonAsync(new IndicatorProfileRequest(Crimes, AreaLevel.Neighbourhood, "GM0344"), Audience.Public, TestContext.Current.CancellationToken));

        Assert.NotNull(geoJson);
        using var document = JsonDocument.Parse(geoJson);
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToList();

        // All 111 buurten of Utrecht have a 2023 count and a bundled 2024 boundary.
        Assert.Equal(111, features.Count);
        var zamenhofdreef = features.Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "BU03440321");
        Assert.Equal(435, zamenhofdreef.GetProperty("properties").GetProperty("value").GetDouble());
        Assert.True(zamenhofdreef.GetProperty("geometry").GetProperty("type").GetString() is "Polygon" or "MultiPolygon");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_Vollenhove_PillarTwoHasItsRegisteredCrimes(DatabaseProvider provider)
    {
        var profile = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("BU03550205", null, Audience.Public, TestContext.Current.CancellationToken));

        var safety = Single(profile!).Pillars.Single(p => p.Pillar.Number == 2);
        var crime = safety.Indicators.Single(i => i.Indicator.Code == Crimes);
        Assert.Equal((Crimes, "0.0.0", "2023", 187.0), (crime.Indicator.Code, crime.Breakdown, crime.Latest!.PeriodCode, crime.Latest.Value!.Value));
        Assert.Equal("47018NED", crime.Latest.Source);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaPage_Overvecht_PillarFourSaysNoFiguresArePublishedYet(DatabaseProvider provider)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/wijken/WK034403", UriKind.Relative), TestContext.Current.CancellationToken);

        var education = html[html.IndexOf("id=\"pijler-4\"", StringComparison.Ordinal)..html.IndexOf("id=\"pijler-5\"", StringComparison.Ordinal)];
        Assert.Contains("Voor deze pijler zijn nog geen wijkcijfers gepubliceerd in de gebundelde bronnen.", education, StringComparison.Ordinal);
        Assert.Contains("Opleidingsniveau laag", education, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", education, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_Overvecht_CrimeIsTheDerivedSumOfItsTenBuurten(DatabaseProvider provider)
    {
        var profile = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("WK034403", null, Audience.Public, TestContext.Current.CancellationToken));

        // 47018NED has no wijk rows: Overvecht's figure is the sum of its 10 buurten, saying so and what it misses.
        var safety = Single(profile!).Pillars.Single(p => p.Pillar.Number == 2).Indicators;
        var crime = safety.Single(i => i.Indicator.Code == Crimes);
        Assert.Equal(("2023", 2112.0), (crime.Latest!.PeriodCode, crime.Latest.Value!.Value));
        Assert.Equal(
            "afgeleid: som van de 10 buurten; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt",
            crime.Derivation!.TextNl);
        Assert.Equal(10, crime.Derivation.Members.Count);

        // Per 1.000 inhabitants: from that sum and Overvecht's own 2023 population (kwb), never an average of buurt rates.
        var perThousand = safety.Single(i => i.Indicator.Code == Crimes + "Per1000Inwoners");
        Assert.Equal("2023", perThousand.Latest!.PeriodCode);
        Assert.StartsWith("afgeleid: 1.000 × GeregistreerdeMisdrijven / AantalInwoners", perThousand.Derivation!.TextNl, StringComparison.Ordinal);
        Assert.InRange(perThousand.Latest.Value!.Value, 2112_000.0 / 40_000, 2112_000.0 / 30_000);

        // A figure the wijk has of its own is never replaced by a sum (inhabitants: kwb and 85984NED publish wijk rows).
        Assert.All(Single(profile!).Pillars.SelectMany(p => p.Indicators).Where(i => i.Indicator.Code == "AantalInwoners"), i => Assert.Null(i.Derivation));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_Utrecht_CrimeIsTheSumOfItsBuurtenOnItsPageAndInOvervechtsReferenceColumn(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var gemeente = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("GM0344", null, Audience.Public, ct));
        var overvecht = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("WK034403", null, Audience.Public, ct));

        // The 111 buurten of Utrecht in 47018NED sum to 25,395 (the buurten of all its wijken, none left out).
        var own = Single(gemeente!).Pillars.Single(p => p.Pillar.Number == 2).Indicators.Single(i => i.Indicator.Code == Crimes);
        Assert.Equal(("2023", 25_395.0), (own.Latest!.PeriodCode, own.Latest.Value!.Value));
        Assert.Equal("afgeleid: som van de 111 buurten; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt", own.Derivation!.TextNl);

        // Overvecht's Utrecht column shows the same derived sum, saying so; the provincie and NL have no sum (not every
        // buurt of theirs is in the bundled file), so their cells stay empty rather than a partial total.
        var crime = Single(overvecht!).Pillars.Single(p => p.Pillar.Number == 2).Indicators.Single(i => i.Indicator.Code == Crimes);
        Assert.Equal(
            [("GM0344", (double?)25_395, true), ("PV26", null, false), ("NL00", null, false)],
            crime.References.Select(r => (r.Area.Code, r.Figure?.Value, r.Derivation?.IsDerived ?? false)));
        Assert.Equal(own.Derivation.TextNl, crime.References[0].Derivation!.TextNl);
        var perThousand = Single(overvecht!).Pillars.Single(p => p.Pillar.Number == 2).Indicators.Single(i => i.Indicator.Code == Crimes + "Per1000Inwoners");
        Assert.NotNull(perThousand.References[0].Figure?.Value);
        Assert.EndsWith("; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt", perThousand.References[0].Derivation!.TextNl, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaProfileAsync_ProvinceAndCountry_NoGemeenteToSumFromAndNoPartialSum(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var code in new[] { "PV26", "NL00" })
        {
            var profile = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync(code, null, Audience.Public, ct));

            // The bundled file holds four gemeenten of the province's buurten: no sum rather than a partial one.
            var crime = Single(profile!).Pillars.Single(p => p.Pillar.Number == 2).Indicators.Single(i => i.Indicator.Code == Crimes);
            Assert.Null(crime.Latest);
            Assert.Null(crime.Derivation);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FocusAreaAsync_Batau_CrimeIsBatauZuidPlusBatauNoordEachASumOfItsBuurten(DatabaseProvider provider)
    {
        var profile = await QueryAsync(provider, (ShowFocusAreaQuery q) => q.GetAsync("vitale-wijken", "batau", Audience.Public, TestContext.Current.CancellationToken));

        // 47018NED: the 2024 buurten of WK035603 sum to 239, those of WK035604 to 333 (BU03560300 and BU03560400, of the
        // older layout of the RIVM figures, are not waited for).
        var crime = profile!.Pillars.Single(p => p.Pillar.Number == 2).Indicators.Single(r => r.Indicator.Code == Crimes);
        Assert.Equal(("2023", 572.0), (crime.Latest!.PeriodCode, crime.Latest.Value!.Value));
        Assert.StartsWith("afgeleid: som van ", crime.Derivation!.TextNl, StringComparison.Ordinal);
        Assert.EndsWith("; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt", crime.Derivation.TextNl, StringComparison.Ordinal);
        Assert.Equal([239.0, 333.0], crime.Members.Select(m => m.Latest!.Value!.Value));

        // Per 1.000 inhabitants needs Nieuwegein's 2023 population, which the bundled files do not hold: no figure, and
        // the page says which part is missing where.
        var perThousand = profile.Pillars.Single(p => p.Pillar.Number == 2).Indicators.Single(r => r.Indicator.Code == Crimes + "Per1000Inwoners");
        Assert.Null(perThousand.Latest);
        Assert.Equal("geen afgeleid cijfer: AantalInwoners ontbreekt voor Batau Zuid (2023)", perThousand.Derivation!.TextNl);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AreaMonitorCsv_Overvecht_TheCrimeRowSaysItIsASumOfBuurten(DatabaseProvider provider)
    {
        var database = await fixture.DatabaseAsync(provider);
        await using var app = new WijkpeilAppFactory(database, ownsDatabase: false);
        using var client = app.CreateClient();

        var csv = await client.GetStringAsync(new Uri("/wijken/WK034403/monitor.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        var crime = Assert.Single(csv.Split("\r\n"), l => l.StartsWith("vitale-wijken;2;" + Crimes + ";", StringComparison.Ordinal));
        Assert.Contains(";2023;2112;", crime, StringComparison.Ordinal);
        Assert.EndsWith(
            ";\"afgeleid: som van de 10 buurten; wat niet aan een buurt is toegekend (zoals ‘buurt onbekend’) ontbreekt\";\"derived: sum of the 10 neighbourhoods; what is not assigned to a neighbourhood (such as ‘buurt onbekend’) is missing\"",
            crime,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FocusAreaProfile_Batau_InhabitantsAreTheSumOfItsTwoWijken(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var batau = await QueryAsync(provider, (ShowFocusAreaQuery q) => q.GetAsync("vitale-wijken", "batau", Audience.Public, ct));
        var zuid = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("WK035603", null, Audience.Public, ct));
        var noord = await QueryAsync(provider, (ShowAreaProfileQuery q) => q.GetAsync("WK035604", null, Audience.Public, ct));

        // The area pages read each wijk's newest AantalInwoners themselves; the focus area adds the two up (CBS 2024).
        Assert.Equal((zuid!.Population!.Period, noord!.Population!.Period), ("2024", "2024"));
        Assert.Equal((zuid.Population.Inhabitants + noord.Population.Inhabitants, "2024"), (batau!.Population!.Inhabitants, batau.Population.Period));
    }
}
