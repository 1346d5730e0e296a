using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events;

/// <summary>The Events module's tables, for its own code only (other modules use its contracts).</summary>
internal static class EventTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>Community of Practice events with their registrations.</summary>
        public DbSet<CommunityEvent> CommunityEvents => db.Set<CommunityEvent>();

        /// <summary>Registrations, also reachable through their event.</summary>
        public DbSet<EventRegistration> EventRegistrations => db.Set<EventRegistration>();
    }
}
