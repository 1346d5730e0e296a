namespace Wijkpeil.App.Modules.Audit;

/// <summary>What kind of change an audit entry records.</summary>
public enum AuditAction
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

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

/// <summary>The entity types the audit trail names; stored as text, so they must never be renamed.</summary>
public static class AuditEntityTypes
{
    public const string Project = "project";
    public const string Story = "story";
    public const string User = "user";
    public const string ImportBatch = "import-batch";

    /// <summary>The publication status of an import batch's figures (published, withdrawn, rejected).</summary>
    public const string ObservationStatus = "observation-status";

    /// <summary>An import of the CBS region list into the area register (<c>wijkpeil import regions</c>); keyed by file name.</summary>
    public const string AreaRegister = "area-register";

    /// <summary>An import of area boundaries (<c>wijkpeil import boundaries</c>); keyed by file name.</summary>
    public const string AreaBoundaries = "area-boundaries";

    /// <summary>A programme's definition (pillars, focus areas, reference areas, kernset, waves); keyed by its id.</summary>
    public const string Programme = "programme";
}
