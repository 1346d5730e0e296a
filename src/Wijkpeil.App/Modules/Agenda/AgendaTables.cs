using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Agenda;

namespace Wijkpeil.App.Modules.Agenda;

/// <summary>The Agenda module's tables, for its own code only (other modules use Agenda's contracts).</summary>
internal static class AgendaTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>The execution agenda; children (pillars, timeline, outputs, indicators, money) are owned by a project.</summary>
        public DbSet<Project> Projects => db.Set<Project>();
    }
}
