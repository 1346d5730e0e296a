using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Kernel.Caching;

/// <summary>
/// The poller's own rules, poll by poll: the first poll evicts everything (a page may have been cached before it and
/// a change committed in between would otherwise count as seen); a later poll evicts exactly the tags committed since.
/// </summary>
public sealed class CacheInvalidationPollerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FirstPoll_EvictsEverything_LaterPollsOnlyTheTagsCommittedSince(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await AddAsync(database, "gebied:WK034403", clock);
        var store = new RecordingStore();
        using var poller = new CacheInvalidationPoller(database.Services.GetRequiredService<IServiceScopeFactory>(), store, clock, NullLogger<CacheInvalidationPoller>.Instance);

        await poller.PollNowAsync(Ct);
        var first = store.Take();
        await AddAsync(database, "gebied:WK030703", clock);
        await AddAsync(database, "indicator:ervaren-gezondheid", clock);
        await poller.PollNowAsync(Ct);
        var second = store.Take();
        await poller.PollNowAsync(Ct);
        var third = store.Take();

        Assert.Equal([CacheTags.All], first);
        Assert.Equal(["gebied:WK030703", "indicator:ervaren-gezondheid"], second.Order(StringComparer.Ordinal));
        Assert.Empty(third);
    }

    private static async Task AddAsync(TestDatabase database, string tag, TimeProvider clock)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.CacheInvalidations.Add(new CacheInvalidation(tag, clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Records what the poller evicts; holds nothing.</summary>
    private sealed class RecordingStore : IOutputCacheStore
    {
        private readonly List<string> _evicted = [];

        public List<string> Take()
        {
            var taken = _evicted.ToList();
            _evicted.Clear();
            return taken;
        }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            _evicted.Add(tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
