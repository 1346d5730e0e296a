using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkpeil.App.Data;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>
/// Writes audit entries in the same unit of work as the change they describe: <see cref="Record"/> adds the
/// entry to the context, and the caller's <c>SaveChangesAsync</c> stores both or neither.
/// </summary>
/// <remarks>
/// Before and after are snapshots the caller takes (a record of the values that matter, never secrets such as
/// password hashes), serialised as JSON with enums as names.
/// </remarks>
public sealed class AuditLog(WijkpeilDbContext db, IAuditActorSource actors, TimeProvider clock)
{
    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable Dutch (é, €) in the stored text; never put into HTML unencoded
    };

    /// <summary>Adds an entry for a change of <paramref name="entityType"/> <paramref name="entityId"/>; the caller saves.</summary>
    /// <param name="action">Created (no before), updated, or deleted (no after).</param>
    /// <param name="entityType">One of <see cref="AuditEntityTypes"/>.</param>
    /// <param name="entityId">The record's key as text.</param>
    /// <param name="summary">A readable name for the record, e.g. a project's title.</param>
    /// <param name="before">The values before the change; null for a creation.</param>
    /// <param name="after">The values after the change; null for a deletion.</param>
    public AuditEntry Record(AuditAction action, string entityType, string entityId, string? summary, object? before, object? after) =>
        RecordJson(action, entityType, entityId, summary, Serialise(before), Serialise(after));

    /// <summary>
    /// As <see cref="Record"/>, with before and after already written as JSON objects: for a hot path such as an
    /// import, where the serialiser's first-use cost (reflection over the snapshot type) would show in every run.
    /// </summary>
    public AuditEntry RecordJson(AuditAction action, string entityType, string entityId, string? summary, string? beforeJson, string? afterJson)
    {
        var entry = new AuditEntry(clock.GetUtcNow(), actors.Current, action, entityType, entityId, summary, beforeJson, afterJson);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The JSON the trail stores for a snapshot; exposed so callers can compare before and after.</summary>
    public static string? Serialise(object? snapshot) =>
        snapshot is null ? null : JsonSerializer.Serialize(snapshot, snapshot.GetType(), SnapshotJson);
}
