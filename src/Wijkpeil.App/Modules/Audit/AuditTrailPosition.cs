using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Audit;

internal sealed class AuditTrailPosition(WijkpeilDbContext db) : IAuditTrailPosition
{
    public async Task<long> NewestEntryIdAsync(CancellationToken cancellationToken = default) =>
        await db.AuditEntries.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
}
