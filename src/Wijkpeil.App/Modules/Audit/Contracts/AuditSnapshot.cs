using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>How the audit trail writes a snapshot; public so a caller can compare before and after as the trail would.</summary>
public static class AuditSnapshot
{
    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable Dutch (é, €) in the stored text; never put into HTML unencoded
    };

    /// <summary>The JSON the trail stores for <paramref name="snapshot"/>; null for null.</summary>
    public static string? Serialise(object? snapshot) =>
        snapshot is null ? null : JsonSerializer.Serialize(snapshot, snapshot.GetType(), SnapshotJson);
}
