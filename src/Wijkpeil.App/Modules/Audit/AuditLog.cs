using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>
/// Writes audit entries in the same unit of work as the change they describe: <see cref="Record"/> adds the
/// entry to the context, and the caller's <c>SaveChangesAsync</c> stores both or neither.
/// </summary>
internal sealed class AuditLog(WijkpeilDbContext db, IAuditActorSource actors, TimeProvider clock) : IAuditLog
{
    public void Record(AuditAction action, string entityType, string entityId, string? summary, object? before, object? after) =>
        RecordJson(action, entityType, entityId, summary, AuditSnapshot.Serialise(before), AuditSnapshot.Serialise(after));

    public void RecordJson(AuditAction action, string entityType, string entityId, string? summary, string? beforeJson, string? afterJson) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actors.Current, action, entityType, entityId, summary, beforeJson, afterJson));
}
