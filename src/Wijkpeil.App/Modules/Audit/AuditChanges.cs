using System.Text.Json;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>One field that differs between an entry's before and after; null where the side has no such field or no value.</summary>
/// <param name="Field">The field's name as stored in the snapshot.</param>
/// <param name="Before">The value before as text: strings as they are, numbers and booleans as JSON writes them, nested values as JSON text.</param>
/// <param name="After">The value after, written the same way.</param>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>
/// What an audit entry changed: the fields of its before and after JSON objects whose values differ. Shown on
/// the audit page, where the text is HTML-encoded like any other (it may hold whatever a user typed).
/// </summary>
public static class AuditChanges
{
    /// <summary>
    /// The differing fields in the order the after snapshot lists them, then those only the before has.
    /// A creation (no before) lists every field of the after, a deletion every field of the before. A snapshot
    /// that is not a JSON object is compared as one field named "waarde".
    /// </summary>
    public static IReadOnlyList<AuditChange> Between(string? before, string? after)
    {
        var old = Fields(before);
        var @new = Fields(after);
        var changes = new List<AuditChange>();
        foreach (var (field, value) in @new)
        {
            var previous = old.Find(f => f.Field == field);
            if (previous.Field is null || !JsonElement.DeepEquals(previous.Value, value))
            {
                changes.Add(new AuditChange(field, previous.Field is null ? null : Text(previous.Value), Text(value)));
            }
        }

        foreach (var (field, value) in old)
        {
            if (!@new.Exists(f => f.Field == field))
            {
                changes.Add(new AuditChange(field, Text(value), null));
            }
        }

        return changes;
    }

    private static List<(string Field, JsonElement Value)> Fields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Entries are only ever written by AuditLog, but a trail must stay readable whatever it holds.
            return [("waarde", JsonSerializer.SerializeToElement(json))];
        }

        return root.ValueKind == JsonValueKind.Object
            ? [.. root.EnumerateObject().Select(p => (p.Name, p.Value))]
            : [("waarde", root)];
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
