namespace Wijkpeil.Domain.Subsidies;

/// <summary>The term for an objection (bezwaar) against a decision: six weeks (Awb 6:7) from the day after it was sent (Awb 6:8).</summary>
public static class ObjectionTerm
{
    /// <summary>The length of the term in weeks (Awb 6:7).</summary>
    public const int Weeks = 6;

    /// <summary>How long after the term a posted objection may still arrive (Awb 6:9 lid 2), in days.</summary>
    public const int PostalGraceDays = 7;

    /// <summary>
    /// The last day to object against a decision sent (made known) on <paramref name="sentOn"/>: the term starts the day
    /// after (Awb 6:8 lid 1) and ends on the same weekday six weeks later, moved past a weekend or holiday (Atw art. 1).
    /// </summary>
    public static DateOnly EndsOn(DateOnly sentOn) => TermDays.EndOfTerm(sentOn.AddDays(Weeks * 7));

    /// <summary>True from the day the decision was sent up to and including <see cref="EndsOn"/>.</summary>
    public static bool IsOpen(DateOnly sentOn, DateOnly today) => today >= sentOn && today <= EndsOn(sentOn);

    /// <summary>
    /// Whether an objection received on <paramref name="receivedOn"/> is in time (Awb 6:9): received by the end of the
    /// term, or posted (<paramref name="postedOn"/>) by the end of the term and received at most a week after it.
    /// An objection made before the decision was sent is not judged here (Awb 6:10 leaves that to the officer).
    /// </summary>
    public static bool IsTimely(DateOnly sentOn, DateOnly receivedOn, DateOnly? postedOn)
    {
        var endsOn = EndsOn(sentOn);
        return receivedOn <= endsOn
            || (postedOn is { } posted && posted <= endsOn && receivedOn <= endsOn.AddDays(PostalGraceDays));
    }
}
