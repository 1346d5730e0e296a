using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>
/// How a write says which public pages it makes stale: <see cref="Invalidate"/> adds one
/// <see cref="CacheInvalidation"/> row per tag to the caller's unit of work, so the rows commit with the change or
/// not at all (as <c>AuditLog.Record</c> does). Once the transaction commits, this process evicts the tags from its
/// own output cache at once (<see cref="PublicChangesInterceptor"/>) and every other web process within about a
/// second (<see cref="CacheInvalidationPoller"/>); the CLI only writes the rows.
/// </summary>
public interface IPublicChanges
{
    /// <summary>Marks the pages carrying any of <paramref name="tags"/> (see <see cref="CacheTags"/>) stale; the caller saves.</summary>
    void Invalidate(params IEnumerable<string> tags);
}

/// <summary>Adds the rows to the scope's <see cref="WijkpeilDbContext"/>.</summary>
internal sealed class PublicChanges(WijkpeilDbContext db, TimeProvider clock) : IPublicChanges
{
    public void Invalidate(params IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var at = clock.GetUtcNow();
        foreach (var tag in tags.Distinct(StringComparer.Ordinal))
        {
            db.CacheInvalidations.Add(new CacheInvalidation(tag, at));
        }
    }
}
