using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// Reads the <c>cache_invalidations</c> rows other processes (another web host, the CLI) committed, every
/// <see cref="Interval"/>, and evicts their tags from this process's output cache; prunes rows older than
/// <see cref="Retention"/> every <see cref="PruneInterval"/>. A request never asks the database whether its cached
/// page is still current: that question is answered here, in the background.
/// </summary>
/// <remarks>
/// <para>Rows are read by id. On SQLite ids are given in commit order (one writer at a time); on PostgreSQL an identity
/// value is taken at insert and a transaction that took a lower one may commit after one that took a higher one. So an
/// id missing below the highest one read is a gap, asked for again in each poll for up to <see cref="GapWait"/>
/// (after which it is taken for a rolled-back transaction). More than <see cref="MaxGaps"/> open gaps at once (a large
/// rolled-back write) are dropped after evicting <see cref="CacheTags.All"/>, which is always safe.</para>
/// <para>The first poll notes the highest id and the gaps below it, then evicts <see cref="CacheTags.All"/>: a page
/// may have been cached between the host's start and that poll, and a change committed in that time would otherwise
/// count as already seen.</para>
/// </remarks>
internal sealed partial class CacheInvalidationPoller(IServiceScopeFactory scopes, IOutputCacheStore store, TimeProvider clock, ILogger<CacheInvalidationPoller> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan GapWait = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private const int MaxGaps = 1000;
    private const int BatchSize = 5000;
    private const int StartWindow = 1000;

    private readonly Dictionary<long, DateTimeOffset> _gaps = [];
    private readonly SemaphoreSlim _polling = new(1, 1);
    private long? _highest;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollNowAsync(stoppingToken);
                if (clock.GetUtcNow() - _lastPrune >= PruneInterval)
                {
                    await PruneAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be away for a while (an outage, a restore); the next poll tries again.
                LogPollFailed(logger, ex);
            }

            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

    /// <summary>
    /// Polls at once, one poll at a time with the background loop. Whoever must know that a committed change has been
    /// seen (a test, after another process wrote) awaits this instead of waiting for the interval.
    /// </summary>
    internal async Task PollNowAsync(CancellationToken ct)
    {
        await _polling.WaitAsync(ct);
        try
        {
            await PollAsync(ct);
        }
        finally
        {
            _polling.Release();
        }
    }

    public override void Dispose()
    {
        _polling.Dispose();
        base.Dispose();
    }

    /// <summary>Reads the rows committed since the last poll and evicts their tags.</summary>
    private async Task PollAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var now = clock.GetUtcNow();
        if (_highest is not { } highest)
        {
            await BeginAsync(db, now, ct);
            return;
        }

        var gaps = _gaps.Keys.ToList();
        var rows = await db.CacheInvalidations.AsNoTracking()
            .Where(i => i.Id > highest || gaps.Contains(i.Id))
            .OrderBy(i => i.Id)
            .Take(BatchSize)
            .Select(i => new { i.Id, i.Tag })
            .ToListAsync(ct);

        var tags = new HashSet<string>(StringComparer.Ordinal);
        var next = highest;
        foreach (var row in rows)
        {
            tags.Add(row.Tag);
            _gaps.Remove(row.Id);
            if (row.Id > next)
            {
                for (var missing = next + 1; missing < row.Id; missing++)
                {
                    _gaps.TryAdd(missing, now);
                }

                next = row.Id;
            }
        }

        _highest = next;
        foreach (var id in _gaps.Where(g => now - g.Value > GapWait).Select(g => g.Key).ToList())
        {
            _gaps.Remove(id);
        }

        if (_gaps.Count > MaxGaps)
        {
            _gaps.Clear();
            tags.Add(CacheTags.All);
        }

        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, ct);
        }
    }

    /// <summary>
    /// The first poll: the rows already committed are not read one by one; whatever was cached before this poll is
    /// evicted whole. Only the ids missing among the newest <see cref="StartWindow"/> may still commit (PostgreSQL), so
    /// they start as gaps.
    /// </summary>
    private async Task BeginAsync(WijkpeilDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var newest = await db.CacheInvalidations.AsNoTracking().OrderByDescending(i => i.Id).Take(StartWindow).Select(i => i.Id).ToListAsync(ct);
        _highest = newest.Count > 0 ? newest[0] : 0;
        var present = newest.ToHashSet();
        for (var id = newest.Count > 0 ? newest[^1] : 1; id < _highest; id++)
        {
            if (!present.Contains(id))
            {
                _gaps.TryAdd(id, now);
            }
        }

        await store.EvictByTagAsync(CacheTags.All, ct);
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        // Once an interval, also when it fails (a writer holding SQLite's lock): pruning can wait, polls cannot.
        _lastPrune = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var before = _lastPrune - Retention;
        await db.CacheInvalidations.Where(i => i.At < before).ExecuteDeleteAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the cache invalidations failed; the next poll tries again.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
