using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>The Stories module's tables, for its own code only.</summary>
internal static class StoryTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>The stories behind the numbers, with their quotes.</summary>
        public DbSet<Story> Stories => db.Set<Story>();
    }
}
