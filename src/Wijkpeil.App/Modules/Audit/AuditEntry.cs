using Wijkpeil.App.Modules.Audit.Contracts;

namespace Wijkpeil.App.Modules.Audit;

/// <summary>
/// One change to what the programme holds: who made it, when, to what, and the values before and after as
/// JSON (null before a creation and after a deletion). Entries are only ever added, never changed.
/// </summary>
public sealed class AuditEntry
{
    public const int EntityTypeMaxLength = 60;
    public const int EntityIdMaxLength = 100;
    public const int ActorNameMaxLength = 256;
    public const int SummaryMaxLength = 400;

    public AuditEntry(DateTimeOffset at, AuditActor actor, AuditAction action, string entityType, string entityId, string? summary, string? before, string? after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        At = at;
        ActorUserId = actor.UserId;
        ActorName = Truncate(actor.Name, ActorNameMaxLength)!;
        Action = action;
        EntityType = entityType;
        EntityId = Truncate(entityId, EntityIdMaxLength)!;
        Summary = Truncate(summary, SummaryMaxLength);
        Before = before;
        After = after;
    }

    private AuditEntry()
    {
        ActorName = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The account's id, when a signed-in person made the change; null for the CLI and the system.</summary>
    public string? ActorUserId { get; private set; }

    /// <summary>The account's e-mail address, or what ran the change (e.g. <c>cli (beheerder)</c>, <c>systeem</c>).</summary>
    public string ActorName { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>What was changed, one of <see cref="AuditEntityTypes"/>.</summary>
    public string EntityType { get; private set; }

    /// <summary>The changed record's key, e.g. a project id or an e-mail address.</summary>
    public string EntityId { get; private set; }

    /// <summary>A readable name of the record at the time, e.g. the project's title.</summary>
    public string? Summary { get; private set; }

    /// <summary>The values before the change as a JSON object; null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>The values after the change as a JSON object; null for a deletion.</summary>
    public string? After { get; private set; }

    private static string? Truncate(string? text, int length) =>
        text is null || text.Length <= length ? text : text[..length];
}
