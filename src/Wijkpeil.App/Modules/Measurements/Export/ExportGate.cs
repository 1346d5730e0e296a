using Microsoft.Extensions.Options;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// Counts the heavy downloads that are running, per client and in total, and refuses one more at once instead of
/// queueing it: a queued download would hold its connection and the caller learns nothing, while a refusal says
/// when to try again. Every heavy download holds a place of its client for as long as it runs; one that reads the
/// database (anything but the pre-built whole data set, which is a file on disk) also holds one of the shared
/// places. The web host's only state for this: limits apply per process.
/// </summary>
public sealed class ExportGate(IOptions<ExportOptions> options)
{
    /// <summary>What a refused caller is told to wait: about as long as a filtered download takes.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private int _total;

    /// <summary>
    /// A place for one heavy download of <paramref name="client"/>, or null when the client, or everyone together
    /// (<paramref name="readsDatabase"/>), already has as many running as allowed. Dispose the lease when the
    /// response is complete.
    /// </summary>
    public IDisposable? TryEnter(string client, bool readsDatabase)
    {
        ArgumentNullException.ThrowIfNull(client);
        var limits = options.Value;
        lock (_lock)
        {
            var running = _perClient.GetValueOrDefault(client);
            if (running >= limits.MaxConcurrentPerClient || (readsDatabase && _total >= limits.MaxConcurrent))
            {
                return null;
            }

            _perClient[client] = running + 1;
            if (readsDatabase)
            {
                _total++;
            }

            return new Lease(this, client, readsDatabase);
        }
    }

    /// <summary>
    /// One of the shared places only, for a download that already holds its client's place and turns out to need
    /// the database after all (the whole data set while its file is not written yet); null when all are taken.
    /// </summary>
    public IDisposable? TryEnterDatabase()
    {
        lock (_lock)
        {
            if (_total >= options.Value.MaxConcurrent)
            {
                return null;
            }

            _total++;
            return new Lease(this, null, readsDatabase: true);
        }
    }

    private void Leave(string? client, bool readsDatabase)
    {
        lock (_lock)
        {
            if (client is not null)
            {
                var running = _perClient[client] - 1;
                if (running == 0)
                {
                    _perClient.Remove(client);
                }
                else
                {
                    _perClient[client] = running;
                }
            }

            if (readsDatabase)
            {
                _total--;
            }
        }
    }

    private sealed class Lease(ExportGate gate, string? client, bool readsDatabase) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Leave(client, readsDatabase);
            }
        }
    }
}
