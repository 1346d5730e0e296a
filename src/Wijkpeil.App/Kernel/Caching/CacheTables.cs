using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Kernel.Caching;

/// <summary>The page cache's table.</summary>
internal static class CacheTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>Which tags of cached public pages went stale, for every web process on this database to evict.</summary>
        public DbSet<CacheInvalidation> CacheInvalidations => db.Set<CacheInvalidation>();
    }
}
