namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>
/// The audit trail as other modules write to it: an entry is added to the caller's unit of work, and the caller's
/// <c>SaveChangesAsync</c> stores the change and its entry together, or neither.
/// </summary>
/// <remarks>
/// Before and after are snapshots the caller takes (a record of the values that matter, never secrets such as
/// password hashes), serialised as JSON with enums as names (<see cref="AuditSnapshot.Serialise"/>).
/// </remarks>
public interface IAuditLog
{
    /// <summary>Adds an entry for a change of <paramref name="entityType"/> <paramref name="entityId"/>; the caller saves.</summary>
    /// <param name="action">Created (no before), updated, or deleted (no after).</param>
    /// <param name="entityType">One of <see cref="AuditEntityTypes"/>.</param>
    /// <param name="entityId">The record's key as text.</param>
    /// <param name="summary">A readable name for the record, e.g. a project's title.</param>
    /// <param name="before">The values before the change; null for a creation.</param>
    /// <param name="after">The values after the change; null for a deletion.</param>
    void Record(AuditAction action, string entityType, string entityId, string? summary, object? before, object? after);

    /// <summary>
    /// As <see cref="Record"/>, with before and after already written as JSON objects: for a hot path such as an
    /// import, where the serialiser's first-use cost (reflection over the snapshot type) would show in every run.
    /// </summary>
    void RecordJson(AuditAction action, string entityType, string entityId, string? summary, string? beforeJson, string? afterJson);
}
