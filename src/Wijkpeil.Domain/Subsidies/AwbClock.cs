namespace Wijkpeil.Domain.Subsidies;

// Temporary: replaced by the helper's full version at merge.
public sealed record AwbDeadline(DateOnly Deadline, int PausedDays, int? DaysLeft, bool IsOverdue, bool IsPaused);

public static class AwbClock
{
    public const int DefaultDecisionTermWeeks = 8;

    public static AwbDeadline Compute(DateOnly receivedOn, int decisionTermWeeks, IReadOnlyList<ClockPause> pauses, ClockDelay? delay, DateOnly today, DateOnly? decidedOn)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var paused = pauses.Sum(p => Math.Max(0, (Min(p.CompletedOn ?? today, p.TermEndsOn).DayNumber - p.RequestedOn.DayNumber)));
        var deadline = delay?.NewDeadline ?? receivedOn.AddDays((decisionTermWeeks * 7) + paused);
        var isPaused = pauses.Any(p => p.IsRunning(today));
        return new AwbDeadline(deadline, paused, decidedOn is null ? deadline.DayNumber - today.DayNumber : null, decidedOn is null && today > deadline, isPaused);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
