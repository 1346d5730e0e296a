using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// The output-cache store of the web host, wrapped so that a page rendered from data older than an eviction of one of
/// its tags is never stored after that eviction (the stale-store race: a page reads the old figures, the publication
/// commits and evicts, then the page is stored and would be served for an hour).
/// </summary>
/// <remarks>
/// Each eviction takes the next number of a sequence and remembers it per tag. A cached request notes the sequence
/// when it starts (<see cref="MarkStart"/>, before it reads anything); storing its page is refused when one of the
/// page's tags was evicted after that. Storing and evicting take turns, so the check and the store cannot be split by
/// an eviction. The cost: a page rendered while one of its tags is evicted is served once without being stored.
/// </remarks>
internal sealed class GuardedOutputCacheStore(IOutputCacheStore inner, IHttpContextAccessor requests) : IOutputCacheStore, IDisposable
{
    /// <summary>Past this many remembered tags the memory is cleared, and pages begun before that are not stored.</summary>
    private const int MaxRememberedTags = 50_000;

    private static readonly object StartKey = new();

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Dictionary<string, long> _evictedAt = new(StringComparer.Ordinal);
    private long _sequence;
    private long _forgottenBefore;

    /// <summary>Notes when a request for a cacheable page starts; called by the page policy before the page reads anything.</summary>
    public void MarkStart(HttpContext http) => http.Items[StartKey] = Interlocked.Read(ref _sequence);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (_evictedAt.Count >= MaxRememberedTags)
            {
                _evictedAt.Clear();
                _forgottenBefore = Interlocked.Read(ref _sequence) + 1;
            }

            _evictedAt[tag] = Interlocked.Increment(ref _sequence);
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (requests.HttpContext?.Items[StartKey] is long start && (start < _forgottenBefore || EvictedSince(start, tags)))
            {
                return;
            }

            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose()
    {
        _turn.Dispose();
        (inner as IDisposable)?.Dispose();
    }

    private bool EvictedSince(long start, string[]? tags) =>
        tags is not null && tags.Any(tag => _evictedAt.TryGetValue(tag, out var at) && at > start);
}
