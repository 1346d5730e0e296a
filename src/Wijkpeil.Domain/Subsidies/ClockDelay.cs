using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// A notice of delay (verdaging, Awb 4:14 lid 3): before the decision term ends the body tells the applicant why it
/// cannot decide in time and names a new, later deadline.
/// </summary>
public sealed record ClockDelay
{
    /// <summary>The longest reason accepted, in characters.</summary>
    public const int ReasonMaxLength = 2000;

    /// <summary>
    /// A delay as stored: announced on <paramref name="announcedOn"/>, deadline now <paramref name="newDeadline"/>. A new
    /// delay goes through <see cref="Create"/>, which also checks it against the deadline it replaces; this constructor
    /// only restores one and throws on a reason no delay could have been given with (a bug, not input).
    /// </summary>
    public ClockDelay(DateOnly announcedOn, DateOnly newDeadline, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (reason.Length > ReasonMaxLength)
        {
            throw new ArgumentException("A delay's reason is at most " + ReasonMaxLength + " characters.", nameof(reason));
        }

        AnnouncedOn = announcedOn;
        NewDeadline = newDeadline;
        Reason = reason;
    }

    /// <summary>The day the applicant was told.</summary>
    public DateOnly AnnouncedOn { get; }

    /// <summary>The new decision deadline.</summary>
    public DateOnly NewDeadline { get; }

    /// <summary>Why the decision is delayed (trimmed); Awb 4:14 lid 3 requires the notice to be reasoned.</summary>
    public string Reason { get; }

    /// <summary>A delay announced on <paramref name="announcedOn"/> moving <paramref name="currentDeadline"/> to <paramref name="newDeadline"/>.</summary>
    /// <returns>
    /// <c>subsidy.clock.delay_reason_required</c> / <c>subsidy.clock.delay_reason_too_long</c> (the notice must say why);
    /// <c>subsidy.clock.delay_too_late</c> when announced after the current deadline (Awb 4:14 lid 3 requires the notice
    /// within the term: once it has passed the body is in default); <c>subsidy.clock.delay_not_later</c> when the new
    /// deadline is not after the current one.
    /// </returns>
    public static Result<ClockDelay> Create(DateOnly announcedOn, DateOnly currentDeadline, DateOnly newDeadline, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<ClockDelay>.Failure(
                "subsidy.clock.delay_reason_required",
                "Geef de reden waarom niet binnen de termijn kan worden beslist (Awb 4:14 lid 3).",
                "reason");
        }

        var trimmed = reason.Trim();
        if (trimmed.Length > ReasonMaxLength)
        {
            return Result<ClockDelay>.Failure(
                "subsidy.clock.delay_reason_too_long",
                string.Create(CultureInfo.InvariantCulture, $"De reden is te lang: {trimmed.Length} tekens, maximaal {ReasonMaxLength}."),
                "reason",
                trimmed.Length,
                ReasonMaxLength);
        }

        if (announcedOn > currentDeadline)
        {
            return Result<ClockDelay>.Failure(
                "subsidy.clock.delay_too_late",
                string.Create(CultureInfo.InvariantCulture, $"Verdagen kan alleen binnen de beslistermijn: de termijn liep af op {currentDeadline:yyyy-MM-dd}, de verdaging is van {announcedOn:yyyy-MM-dd}."),
                "announcedOn",
                currentDeadline,
                announcedOn);
        }

        if (newDeadline <= currentDeadline)
        {
            return Result<ClockDelay>.Failure(
                "subsidy.clock.delay_not_later",
                string.Create(CultureInfo.InvariantCulture, $"De nieuwe beslisdatum ({newDeadline:yyyy-MM-dd}) moet na de huidige ({currentDeadline:yyyy-MM-dd}) liggen."),
                "newDeadline",
                newDeadline,
                currentDeadline);
        }

        return new ClockDelay(announcedOn, newDeadline, trimmed);
    }
}
