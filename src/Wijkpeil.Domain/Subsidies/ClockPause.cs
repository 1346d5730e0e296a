using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

// Temporary: replaced by the helper's full version at merge.
public sealed record ClockPause(DateOnly RequestedOn, DateOnly TermEndsOn, DateOnly? CompletedOn)
{
    public static Result<ClockPause> Create(DateOnly requestedOn, DateOnly? completionTermEndsOn) =>
        completionTermEndsOn is not { } end ? Result<ClockPause>.Failure("subsidy.clock.term_required", "Een verzoek om aanvulling heeft een termijn.", "termEndsOn")
        : end <= requestedOn ? Result<ClockPause>.Failure("subsidy.clock.term_before_request", "De termijn eindigt na de dag van het verzoek.", "termEndsOn")
        : new ClockPause(requestedOn, end, null);

    public static ClockPause Restore(DateOnly requestedOn, DateOnly termEndsOn, DateOnly? completedOn) => new(requestedOn, termEndsOn, completedOn);

    public bool IsRunning(DateOnly today) => CompletedOn is null && today <= TermEndsOn;

    public bool ExpiredUnused(DateOnly today) => CompletedOn is null && today > TermEndsOn;
}
