using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Api;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Kernel.Caching;

/// <summary>
/// A cached page is keyed by the query parameters pages read and by nothing else, so that a link with
/// <c>?utm_source=…</c> is answered from the page's entry instead of rendering it again and filling the cache with
/// copies; a parameter the page reads still gets its own page. With the cache switched off every request is rendered.
/// </summary>
public sealed class PageQueryKeysTests
{
    private const string Overvecht = "/wijken/WK034403";
    private const string IndicatorIn = "/indicatoren/" + ApiTestData.Health + "?niveau=wijk&binnen=";

    [Fact]
    public void TheKeysAreTheQueryParametersOfThePages()
    {
        var keys = PageQueryKeysPolicy.ComponentKeys;

        Assert.Contains("programma", keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("binnen", keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("niveau", keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("gebieden", keys, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("*", keys);
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task AParameterNoPageReads_IsAnsweredFromThePagesEntry()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, PublicPageCacheTests.SeedAsync);
        using var client = app.CreateClient();
        await CachedPages.CachedAsync(client, Overvecht);
        await CachedPages.CachedAsync(client, IndicatorIn + "GM0344");

        var tagged = await CachedPages.GetAsync(client, Overvecht + "?utm_source=nieuwsbrief");
        var taggedIndicator = await CachedPages.GetAsync(client, IndicatorIn + "GM0344&utm_campaign=voorjaar");

        Assert.True(tagged.FromCache);
        Assert.Contains("69,9%", tagged.Html, StringComparison.Ordinal);
        Assert.True(taggedIndicator.FromCache);
    }

    [Fact]
    public async Task AParameterThePageReads_GetsItsOwnPage()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, PublicPageCacheTests.SeedAsync);
        using var client = app.CreateClient();
        await CachedPages.CachedAsync(client, IndicatorIn + "GM0344");

        var amersfoort = await CachedPages.GetAsync(client, IndicatorIn + "GM0307");

        Assert.False(amersfoort.FromCache);
        Assert.Contains("Soesterkwartier", amersfoort.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("69,9", amersfoort.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheCacheSwitchedOff_EveryRequestIsRendered()
    {
        await using var app = await WijkpeilAppFactory.StartAsync(DatabaseProvider.Sqlite, PublicPageCacheTests.SeedAsync);
        await using var uncached = app.WithWebHostBuilder(b => b.UseSetting(PageCacheOptions.Section + ":" + nameof(PageCacheOptions.Enabled), "false"));
        using var client = uncached.CreateClient();

        var first = await CachedPages.GetAsync(client, Overvecht);
        var second = await CachedPages.GetAsync(client, Overvecht);

        Assert.Contains("69,9%", second.Html, StringComparison.Ordinal);
        Assert.False(first.FromCache);
        Assert.False(second.FromCache);
    }
}
