namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// One step in an opportunity's history: from which status to which, when, by whom and why. The first entry has no
/// <see cref="From"/>: it records the registration itself.
/// </summary>
public sealed class OpportunityStatusChange
{
    public const int NoteMaxLength = 2_000;

    private OpportunityStatusChange()
    {
        By = string.Empty;
    }

    internal OpportunityStatusChange(OpportunityStatus? from, OpportunityStatus to, DateTimeOffset at, string by, string? note)
    {
        From = from;
        To = to;
        At = at;
        By = by;
        Note = note;
    }

    public int Id { get; private set; }

    /// <summary>The status before; null for the registration.</summary>
    public OpportunityStatus? From { get; private set; }

    public OpportunityStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Who made the change (the user's name as the application knows it).</summary>
    public string By { get; private set; }

    public string? Note { get; private set; }
}
