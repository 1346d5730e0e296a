namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// The decision term of an application under the Awb: the term (Awb 4:13), suspended by requests for completion
/// (Awb 4:15 lid 1 sub a), optionally delayed once (Awb 4:14 lid 3), its end moved past weekends and holidays (Atw art. 1).
/// </summary>
public static class AwbClock
{
    /// <summary>
    /// The term when the scheme sets none: a decision is in any case due within eight weeks of receipt (Awb 4:13 lid 2).
    /// </summary>
    public const int DefaultDecisionTermWeeks = 8;

    /// <summary>
    /// The deadline of an application received on <paramref name="receivedOn"/>, as seen on <paramref name="today"/>.
    /// </summary>
    /// <remarks>
    /// The term starts the day after receipt, so eight weeks after a Monday is the Monday eight weeks later:
    /// receivedOn + weeks × 7 + paused days, then Atw <see cref="TermDays.EndOfTerm"/>. A request for completion that
    /// is still running keeps moving the deadline day by day. A delay replaces the deadline by its new date: that date
    /// was chosen knowing the suspensions so far, so only requests for completion made after the day the delay was
    /// announced still add their days to it. The clock stops on <paramref name="decidedOn"/>: suspensions are counted
    /// up to that day, and a decided application is never overdue (<see cref="AwbDeadline.DecidedLate"/> says whether
    /// it came late). Overlapping requests suspend each day once.
    /// </remarks>
    public static AwbDeadline Compute(
        DateOnly receivedOn,
        int decisionTermWeeks,
        IReadOnlyList<ClockPause> pauses,
        ClockDelay? delay,
        DateOnly today,
        DateOnly? decidedOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(decisionTermWeeks);
        ArgumentNullException.ThrowIfNull(pauses);
        if (pauses.Any(p => p.RequestedOn < receivedOn))
        {
            throw new ArgumentException("A request for completion cannot precede the receipt of the application.", nameof(pauses));
        }

        var clockDay = decidedOn ?? today;
        var pausedDays = SuspendedDays(pauses, clockDay);
        var lastDay = delay is null
            ? receivedOn.AddDays((decisionTermWeeks * 7) + pausedDays)
            : delay.NewDeadline.AddDays(SuspendedDays([.. pauses.Where(p => p.RequestedOn > delay.AnnouncedOn)], clockDay));
        var deadline = TermDays.EndOfTerm(lastDay);

        if (decidedOn is { } decided)
        {
            return new AwbDeadline(deadline, pausedDays, null, IsOverdue: false, IsPaused: false, DecidedLate: decided > deadline);
        }

        return new AwbDeadline(
            deadline,
            pausedDays,
            deadline.DayNumber - today.DayNumber,
            IsOverdue: today > deadline,
            IsPaused: pauses.Any(p => p.IsRunning(today)),
            DecidedLate: false);
    }

    /// <summary>
    /// The number of distinct days suspended by <paramref name="pauses"/> up to <paramref name="clockDay"/>: each pause
    /// suspends the days after its request up to and including <see cref="ClockPause.PausedUntil"/>, and a day
    /// suspended by two overlapping requests is still one day.
    /// </summary>
    private static int SuspendedDays(IReadOnlyList<ClockPause> pauses, DateOnly clockDay)
    {
        var total = 0;
        var countedUpTo = int.MinValue;
        foreach (var (first, last) in pauses
            .Select(p => (First: p.RequestedOn.DayNumber + 1, Last: p.PausedUntil(clockDay).DayNumber))
            .Where(span => span.Last >= span.First)
            .OrderBy(span => span.First))
        {
            var from = Math.Max(first, countedUpTo + 1);
            if (last >= from)
            {
                total += last - from + 1;
                countedUpTo = last;
            }
        }

        return total;
    }
}
