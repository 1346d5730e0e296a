using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Api;

public sealed class IndicatorApiTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_ReturnsCatalogueOrderedByCodeWithPillarsAndSources(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedRegisterAsync);
        using var client = app.CreateClient();

        var indicators = await ApiAssert.OkJsonAsync(await client.GetAsync("/api/v1/indicators", TestContext.Current.CancellationToken));

        Assert.Equal([ApiTestData.Health, ApiTestData.Inhabitants], indicators.EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var health = indicators[0];
        Assert.Equal("Ervaren gezondheid goed of zeer goed", health.GetProperty("nameNl").GetString());
        Assert.Equal("Perceived health good or very good", health.GetProperty("nameEn").GetString());
        Assert.Equal("Percentage dat de eigen gezondheid goed of zeer goed noemt.", health.GetProperty("definitionNl").GetString());
        Assert.Equal("%", health.GetProperty("unit").GetString());
        Assert.Equal("percentage", health.GetProperty("kind").GetString());
        Assert.Equal("higherIsBetter", health.GetProperty("polarity").GetString());
        Assert.Equal("RIVM/GGD Gezondheidsmonitor", health.GetProperty("source").GetString());
        Assert.Equal("inwoners van 18 jaar en ouder", health.GetProperty("populationGroup").GetString());
        Assert.True(health.GetProperty("isCurated").GetBoolean());
        var pillar = Assert.Single(health.GetProperty("pillars").EnumerateArray());
        Assert.Equal("vitale-wijken", pillar.GetProperty("programmeCode").GetString());
        Assert.Equal(1, pillar.GetProperty("pillarNumber").GetInt32());
        Assert.Equal("Gezondheid", pillar.GetProperty("pillarNameNl").GetString());
        Assert.Equal("18+", pillar.GetProperty("breakdown").GetString());
        var mapping = Assert.Single(health.GetProperty("sourceMappings").EnumerateArray());
        Assert.Equal("50090NED", mapping.GetProperty("table").GetString());
        Assert.Equal("ErvarenGezondheidGoedZeerGoed", mapping.GetProperty("key").GetString());

        var inhabitants = indicators[1];
        Assert.Equal("count", inhabitants.GetProperty("kind").GetString());
        Assert.Equal("neutral", inhabitants.GetProperty("polarity").GetString());
        Assert.True(inhabitants.GetProperty("isCurated").GetBoolean());
        Assert.Empty(inhabitants.GetProperty("pillars").EnumerateArray());
        Assert.Empty(inhabitants.GetProperty("sourceMappings").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_EmptyCatalogue_ReturnsEmptyArray(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();

        var indicators = await ApiAssert.OkJsonAsync(await client.GetAsync("/api/v1/indicators", TestContext.Current.CancellationToken));

        Assert.Empty(indicators.EnumerateArray());
    }
}
