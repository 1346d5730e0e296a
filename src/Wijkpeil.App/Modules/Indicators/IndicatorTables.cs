using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>The Indicators module's tables, for its own code only.</summary>
internal static class IndicatorTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>The indicator catalogue.</summary>
        public DbSet<Indicator> Indicators => db.Set<Indicator>();

        /// <summary>Which source table and measure key feed each indicator.</summary>
        public DbSet<IndicatorSourceMapping> IndicatorSourceMappings => db.Set<IndicatorSourceMapping>();
    }
}
