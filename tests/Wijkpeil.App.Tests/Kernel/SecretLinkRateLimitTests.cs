using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Kernel;

/// <summary>
/// The secret-link pages of Subsidies and Events share one rate limit (SecretLinkRateLimit) under their own policy
/// and setting: beyond the permits of a minute a request is refused with 429, Retry-After and the module's own words,
/// whether or not the link exists, and one module's window does not use up the other's.
/// </summary>
public sealed class SecretLinkRateLimitTests
{
    public static TheoryData<string, string, string> Links { get; } = new()
    {
        { "Subsidies:LinkRequestsPerMinute", "/subsidies/aanvraag/wps_" + new string('x', 43), "Even wachten" },
        { "Events:LinkRequestsPerMinute", "/bijeenkomsten/inschrijving/wpe_" + new string('x', 43), "Even geduld" },
    };

    [Theory, MemberData(nameof(Links))]
    public async Task LinkPage_BeyondThePermitsOfAMinute_429WithTheModulesWords(string setting, string path, string title)
    {
        await using var factory = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting(setting, "2"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;

        var first = await client.GetAsync(path, ct);
        var second = await client.GetAsync(path, ct);
        var third = await client.GetAsync(path, ct);
        var otherModule = await client.GetAsync(path.StartsWith("/subsidies", StringComparison.Ordinal) ? "/bijeenkomsten/inschrijving/wpe_" + new string('y', 43) : "/subsidies/aanvraag/wps_" + new string('y', 43), ct);

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("60", third.Headers.RetryAfter?.ToString());
        Assert.Contains(title, await third.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherModule.StatusCode);
    }
}
