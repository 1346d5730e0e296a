namespace Wijkpeil.App.Modules.Agenda.ChangeProjectStatus;

/// <summary>A status transition as a page offers it: start, complete, stop (with reason) or reopen.</summary>
public enum ProjectStatusAction
{
    Start = 0,
    Complete = 1,
    Stop = 2,
    Reopen = 3,
}

/// <summary>A status transition with its date (start, complete, stop) and reason (stop).</summary>
/// <param name="Action">What to do.</param>
/// <param name="Date">The actual start, end or stop date; not after today. Not used by reopen.</param>
/// <param name="Reason">Why the project stops; only for stop.</param>
public sealed record ProjectStatusChange(ProjectStatusAction Action, DateOnly? Date, string? Reason = null);
