using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>
/// A value that changes whenever the published figures may have changed: the newest import batch and the newest audit
/// entry (a batch published or withdrawn is audited). It names and versions the pre-built whole data set
/// (<see cref="FullDataExport"/>); looked up at most once per <see cref="CheckInterval"/>. The public pages no longer
/// use it: they are evicted by tag (Kernel.Caching).
/// </summary>
public sealed class PublishedDataVersion(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>How long a looked-up data version is trusted before the database is asked again.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _lookup = new(1, 1);
    private (string Version, DateTimeOffset CheckedAt)? _last;

    public async ValueTask<string> GetAsync(CancellationToken ct)
    {
        if (_last is { } last && clock.GetUtcNow() - last.CheckedAt < CheckInterval)
        {
            return last.Version;
        }

        await _lookup.WaitAsync(ct);
        try
        {
            if (_last is { } again && clock.GetUtcNow() - again.CheckedAt < CheckInterval)
            {
                return again.Version;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
            var newestBatch = await db.ImportBatches.MaxAsync(b => (int?)b.Id, ct) ?? 0;
            var newestChange = await scope.ServiceProvider.GetRequiredService<IAuditTrailPosition>().NewestEntryIdAsync(ct);
            var version = string.Create(CultureInfo.InvariantCulture, $"{newestBatch}.{newestChange}");
            _last = (version, clock.GetUtcNow());
            return version;
        }
        finally
        {
            _lookup.Release();
        }
    }

    public void Dispose() => _lookup.Dispose();
}
