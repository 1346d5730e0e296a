namespace Wijkpeil.Domain.Subsidies;

/// <summary>The decision deadline of an application as seen on one day (see <see cref="AwbClock.Compute"/>).</summary>
/// <param name="Deadline">The last day to decide, after suspensions, a delay and the Atw.</param>
/// <param name="PausedDays">All days the term was suspended by requests for completion (overlaps counted once).</param>
/// <param name="DaysLeft">Days from today to the deadline (negative when overdue); null once decided.</param>
/// <param name="IsOverdue">Not decided and today is after the deadline.</param>
/// <param name="IsPaused">Not decided and a request for completion is running today.</param>
/// <param name="DecidedLate">Decided after the deadline (a decided application is never overdue).</param>
public sealed record AwbDeadline(DateOnly Deadline, int PausedDays, int? DaysLeft, bool IsOverdue, bool IsPaused, bool DecidedLate);
