using System.Net;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Api;

public sealed class HealthApiTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_DatabaseReachable_Returns200Healthy(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();

        var health = await ApiAssert.OkJsonAsync(await client.GetAsync("/health", TestContext.Current.CancellationToken));

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var check = Assert.Single(health.GetProperty("checks").EnumerateArray());
        Assert.Equal("database", check.GetProperty("name").GetString());
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Get_DatabaseGone_Returns503Problem(DatabaseProvider provider)
    {
        await using var app = await WijkpeilAppFactory.StartAsync(provider);
        using var client = app.CreateClient();
        await app.TakeDatabaseAwayAsync();

        var problem = await ApiAssert.ProblemAsync(await client.GetAsync("/health", TestContext.Current.CancellationToken), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", problem.GetProperty("health").GetString());
        var check = Assert.Single(problem.GetProperty("checks").EnumerateArray());
        Assert.Equal("database", check.GetProperty("name").GetString());
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Contains("database", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
