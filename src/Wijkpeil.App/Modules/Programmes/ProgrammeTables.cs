using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>The Programmes module's tables, for its own code only (others use <see cref="Contracts.IProgrammeCatalogue"/>).</summary>
internal static class ProgrammeTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>Programmes with their pillars, focus areas, reference areas, kernset and waves.</summary>
        public DbSet<Programme> Programmes => db.Set<Programme>();
    }
}
