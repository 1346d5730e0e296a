using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies;

/// <summary>The Subsidies module's tables, for its own code only (other modules use its contracts).</summary>
internal static class SubsidyTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>Schemes with their criteria, attachment requirements and plafond changes.</summary>
        public DbSet<SubsidyScheme> SubsidySchemes => db.Set<SubsidyScheme>();

        /// <summary>Applications with their parts (budget, attachments, completion requests, decision, payments).</summary>
        public DbSet<SubsidyApplication> SubsidyApplications => db.Set<SubsidyApplication>();

        /// <summary>One row per assessor per application, with the scores.</summary>
        public DbSet<Assessment> SubsidyAssessments => db.Set<Assessment>();
    }
}
