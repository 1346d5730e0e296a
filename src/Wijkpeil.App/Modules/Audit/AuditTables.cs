using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>The Audit module's table, for its own code only (others write through <see cref="Contracts.IAuditLog"/>).</summary>
internal static class AuditTables
{
    extension(WijkpeilDbContext db)
    {
        /// <summary>Who changed what and when, with the values before and after; only ever appended to.</summary>
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
