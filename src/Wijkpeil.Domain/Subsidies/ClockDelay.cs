using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

// Temporary: replaced by the helper's full version at merge.
public sealed record ClockDelay(DateOnly AnnouncedOn, DateOnly NewDeadline, string Reason)
{
    public static Result<ClockDelay> Create(DateOnly announcedOn, DateOnly currentDeadline, DateOnly newDeadline, string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Result<ClockDelay>.Failure("subsidy.clock.delay_reason", "Geef de reden.", "reason")
        : announcedOn > currentDeadline ? Result<ClockDelay>.Failure("subsidy.clock.delay_too_late", "Te laat.", "newDeadline")
        : newDeadline <= currentDeadline ? Result<ClockDelay>.Failure("subsidy.clock.delay_not_later", "Niet later.", "newDeadline")
        : new ClockDelay(announcedOn, newDeadline, reason.Trim());
}
