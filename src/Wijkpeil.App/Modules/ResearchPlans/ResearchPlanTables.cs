using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans;

/// <summary>The ResearchPlans module's table, for its own code only (other modules use its contracts).</summary>
internal static class ResearchPlanTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>One research plan per focus area.</summary>
        public DbSet<ResearchPlan> ResearchPlans => db.Set<ResearchPlan>();
    }
}
