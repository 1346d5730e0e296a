using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas;

/// <summary>The Areas module's tables, for its own code only.</summary>
internal static class AreaTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>The area register: every code with its name, parent and layout years.</summary>
        public DbSet<Area> Areas => db.Set<Area>();

        /// <summary>Boundaries (GeoJSON) per area and layout year.</summary>
        public DbSet<AreaBoundary> AreaBoundaries => db.Set<AreaBoundary>();
    }
}
