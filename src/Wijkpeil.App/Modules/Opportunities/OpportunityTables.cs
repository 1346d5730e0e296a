using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities;

/// <summary>The Opportunities module's tables, for its own code only (other modules use its contracts).</summary>
internal static class OpportunityTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>Meekoppelkansen with their status history.</summary>
        public DbSet<Opportunity> Opportunities => db.Set<Opportunity>();

        /// <summary>The related provincial programmes and line departments the agenda is sent to.</summary>
        public DbSet<RelatedProgramme> RelatedProgrammes => db.Set<RelatedProgramme>();

        /// <summary>The yearly rounds with their chosen programmes.</summary>
        public DbSet<OpportunityRound> OpportunityRounds => db.Set<OpportunityRound>();
    }
}
