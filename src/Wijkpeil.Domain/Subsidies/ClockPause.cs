using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// A request to complete an application (aanvulling, Awb 4:5 lid 1) with the term the applicant was given. Only such a
/// request with a term suspends the decision term (Awb 4:15 lid 1 sub a); immutable: completing it gives a new value.
/// </summary>
public sealed record ClockPause
{
    private ClockPause(DateOnly requestedOn, DateOnly termEndsOn, DateOnly? completedOn)
    {
        RequestedOn = requestedOn;
        TermEndsOn = termEndsOn;
        CompletedOn = completedOn;
    }

    /// <summary>The day the applicant was asked to complete the application; the suspension starts the day after.</summary>
    public DateOnly RequestedOn { get; }

    /// <summary>The last day of the completion term.</summary>
    public DateOnly TermEndsOn { get; }

    /// <summary>The day the application was completed, or null while it is not.</summary>
    public DateOnly? CompletedOn { get; }

    /// <summary>
    /// A request for completion made on <paramref name="requestedOn"/> with a term up to and including
    /// <paramref name="completionTermEndsOn"/>.
    /// </summary>
    /// <returns>
    /// <c>subsidy.clock.term_required</c> without a term: Awb 4:5 lets the body refuse to treat an incomplete
    /// application only after giving a term, and without one the decision term is not suspended (Awb 4:15 lid 1 sub a);
    /// <c>subsidy.clock.term_before_request</c> when the term does not end after the request.
    /// </returns>
    public static Result<ClockPause> Create(DateOnly requestedOn, DateOnly? completionTermEndsOn)
    {
        if (completionTermEndsOn is not { } termEndsOn)
        {
            return Result<ClockPause>.Failure(
                "subsidy.clock.term_required",
                "Geef een termijn waarbinnen de aanvraag moet worden aangevuld; zonder termijn wordt de beslistermijn niet opgeschort (Awb 4:5, 4:15).",
                "completionTermEndsOn");
        }

        if (termEndsOn <= requestedOn)
        {
            return Result<ClockPause>.Failure(
                "subsidy.clock.term_before_request",
                string.Create(CultureInfo.InvariantCulture, $"De aanvullingstermijn ({termEndsOn:yyyy-MM-dd}) moet eindigen na de dag van het verzoek ({requestedOn:yyyy-MM-dd})."),
                "completionTermEndsOn",
                termEndsOn,
                requestedOn);
        }

        return new ClockPause(requestedOn, termEndsOn, null);
    }

    /// <summary>
    /// A request as stored (the entity keeps the three dates in columns). New requests go through <see cref="Create"/>;
    /// this throws on dates no request could have (a bug, not input).
    /// </summary>
    public static ClockPause Restore(DateOnly requestedOn, DateOnly termEndsOn, DateOnly? completedOn)
    {
        if (termEndsOn <= requestedOn || completedOn < requestedOn)
        {
            throw new ArgumentException("A stored request for completion has its term and completion on or after the request.", nameof(termEndsOn));
        }

        return new ClockPause(requestedOn, termEndsOn, completedOn);
    }

    /// <summary>
    /// This request, completed by the applicant on <paramref name="on"/>. A completion after the term is still recorded
    /// (the body may yet treat the application), but the suspension never runs past the term.
    /// </summary>
    public Result<ClockPause> Complete(DateOnly on)
    {
        if (CompletedOn is { } completedOn)
        {
            return Result<ClockPause>.Failure(
                "subsidy.clock.already_completed",
                string.Create(CultureInfo.InvariantCulture, $"Deze aanvulling is al ontvangen op {completedOn:yyyy-MM-dd}."),
                "completedOn",
                completedOn);
        }

        if (on < RequestedOn)
        {
            return Result<ClockPause>.Failure(
                "subsidy.clock.completed_before_request",
                string.Create(CultureInfo.InvariantCulture, $"Een aanvulling kan niet eerder ({on:yyyy-MM-dd}) zijn ontvangen dan erom is gevraagd ({RequestedOn:yyyy-MM-dd})."),
                "completedOn",
                on,
                RequestedOn);
        }

        return new ClockPause(RequestedOn, TermEndsOn, on);
    }

    /// <summary>
    /// The days the decision term is suspended as seen on <paramref name="today"/>: from the day after the request until
    /// the day the application is completed or the completion term has passed unused (Awb 4:15 lid 1 sub a), so
    /// min(completed or today, term end) minus the request day, never below 0.
    /// </summary>
    public int PausedDays(DateOnly today) => Math.Max(0, PausedUntil(today).DayNumber - RequestedOn.DayNumber);

    /// <summary>True while the applicant can still complete: not completed and <paramref name="today"/> is within the term.</summary>
    public bool IsRunning(DateOnly today) => CompletedOn is null && today <= TermEndsOn;

    /// <summary>
    /// True when the term has passed without completion: the application may then be declared buiten behandeling
    /// (Awb 4:5 lid 1).
    /// </summary>
    public bool ExpiredUnused(DateOnly today) => CompletedOn is null && today > TermEndsOn;

    /// <summary>The last suspended day as seen on <paramref name="today"/> (the suspension ends the day the clock resumes).</summary>
    internal DateOnly PausedUntil(DateOnly today)
    {
        var end = CompletedOn ?? today;
        return end < TermEndsOn ? end : TermEndsOn;
    }
}
