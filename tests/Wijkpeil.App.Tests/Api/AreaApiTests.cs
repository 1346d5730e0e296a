using System.Net;
using System.Text.Json;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Api;

public sealed class AreaApiTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_District_ReturnsHierarchyChildrenAndFocusArea(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var area = await ApiAssert.OkJsonAsync(await client.GetAsync("/api/v1/areas/WK034403", TestContext.Current.CancellationToken));

        Assert.Equal("WK034403", area.GetProperty("code").GetString());
        Assert.Equal("Overvecht", area.GetProperty("name").GetString());
        Assert.Equal("district", area.GetProperty("level").GetString());
        Assert.Equal("wijk", area.GetProperty("levelNl").GetString());
        Assert.Equal("GM0344", area.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal("Utrecht", area.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal("municipality", area.GetProperty("parent").GetProperty("level").GetString());
        Assert.Equal(["NL00", "PV26", "GM0344"], Codes(area.GetProperty("ancestors")));
        Assert.Equal([2024], area.GetProperty("layoutYears").EnumerateArray().Select(y => y.GetInt32()));
        var children = Assert.Single(area.GetProperty("children").EnumerateArray());
        Assert.Equal("neighbourhood", children.GetProperty("level").GetString());
        Assert.Equal("buurt", children.GetProperty("levelNl").GetString());
        Assert.Equal(2, children.GetProperty("count").GetInt32());
        Assert.False(area.GetProperty("hasBoundary").GetBoolean());
        var focusArea = Assert.Single(area.GetProperty("focusAreas").EnumerateArray());
        Assert.Equal("vitale-wijken", focusArea.GetProperty("programmeCode").GetString());
        Assert.Equal("overvecht", focusArea.GetProperty("code").GetString());
        Assert.True(focusArea.GetProperty("isMember").GetBoolean());
        Assert.Equal(2, area.GetProperty("publishedObservations").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_NeighbourhoodInFocusDistrict_LowerCaseCode_ListsFocusAreaAsContaining(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedRegisterAsync);
        using var client = app.CreateClient();

        var area = await ApiAssert.OkJsonAsync(await client.GetAsync("/api/v1/areas/bu03440301", TestContext.Current.CancellationToken));

        Assert.Equal("BU03440301", area.GetProperty("code").GetString());
        Assert.Equal("buurt", area.GetProperty("levelNl").GetString());
        Assert.Equal(["NL00", "PV26", "GM0344", "WK034403"], Codes(area.GetProperty("ancestors")));
        Assert.Empty(area.GetProperty("children").EnumerateArray());
        var focusArea = Assert.Single(area.GetProperty("focusAreas").EnumerateArray());
        Assert.False(focusArea.GetProperty("isMember").GetBoolean());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_MunicipalityWithOnlyDraftFigures_CountsNoPublishedObservations(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedObservationsAsync);
        using var client = app.CreateClient();

        var nieuwegein = await ApiAssert.OkJsonAsync(await client.GetAsync("/api/v1/areas/GM0356", TestContext.Current.CancellationToken));
        var province = await ApiAssert.OkJsonAsync(await client.GetAsync("/api/v1/areas/PV26", TestContext.Current.CancellationToken));

        Assert.Equal(0, nieuwegein.GetProperty("publishedObservations").GetInt32());
        Assert.Empty(nieuwegein.GetProperty("focusAreas").EnumerateArray());
        var municipalities = Assert.Single(province.GetProperty("children").EnumerateArray());
        Assert.Equal("municipality", municipalities.GetProperty("level").GetString());
        Assert.Equal(2, municipalities.GetProperty("count").GetInt32());
        Assert.Equal("NL00", province.GetProperty("parent").GetProperty("code").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_UnknownCode_Returns404Problem(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider, ApiTestData.SeedRegisterAsync);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/areas/GM9999", TestContext.Current.CancellationToken);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("area.not_found", problem.GetProperty("code").GetString());
        Assert.Contains("GM9999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("gebiedenregister", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_MalformedCode_Returns400ProblemNamingParameterAndValue(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/areas/XX12", TestContext.Current.CancellationToken);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("code", detail, StringComparison.Ordinal);
        Assert.Contains("'XX12'", detail, StringComparison.Ordinal);
        Assert.Equal("area.code.invalid", problem.GetProperty("code").GetString());
    }

    private static string?[] Codes(JsonElement areas) => [.. areas.EnumerateArray().Select(a => a.GetProperty("code").GetString())];
}
