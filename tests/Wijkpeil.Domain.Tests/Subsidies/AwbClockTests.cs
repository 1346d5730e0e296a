using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.Domain.Tests.Subsidies.Dates;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class AwbClockTests
{
    // Received Monday 5 January 2026: eight weeks later is Monday 2 March 2026, a working day.
    private static readonly DateOnly Received = D("2026-01-05");

    private static ClockPause Pause(string requestedOn, string termEndsOn, string? completedOn = null)
    {
        var pause = ClockPause.Create(D(requestedOn), D(termEndsOn)).Value;
        return completedOn is null ? pause : pause.Complete(D(completedOn)).Value;
    }

    private static AwbDeadline Compute(string today, ClockPause[]? pauses = null, ClockDelay? delay = null, string? decidedOn = null) =>
        AwbClock.Compute(Received, AwbClock.DefaultDecisionTermWeeks, pauses ?? [], delay, D(today), decidedOn is null ? null : D(decidedOn));

    [Fact]
    public void DefaultDecisionTermWeeks_IsEightWeeksOfAwb413()
    {
        Assert.Equal(8, AwbClock.DefaultDecisionTermWeeks);
    }

    [Fact]
    public void Compute_NoPauses_DeadlineIsSameWeekdayEightWeeksLater()
    {
        var deadline = Compute("2026-02-20");

        Assert.Equal(new AwbDeadline(D("2026-03-02"), 0, 10, IsOverdue: false, IsPaused: false, DecidedLate: false), deadline);
    }

    [Fact]
    public void Compute_OnTheDeadline_NotOverdueZeroDaysLeft()
    {
        var deadline = Compute("2026-03-02");

        Assert.Equal(0, deadline.DaysLeft);
        Assert.False(deadline.IsOverdue);
    }

    [Fact]
    public void Compute_DayAfterDeadline_OverdueWithNegativeDaysLeft()
    {
        var deadline = Compute("2026-03-03");

        Assert.True(deadline.IsOverdue);
        Assert.Equal(-1, deadline.DaysLeft);
    }

    [Fact]
    public void Compute_OtherTerm_UsesTheSchemeWeeks()
    {
        var deadline = AwbClock.Compute(Received, 13, [], null, D("2026-01-05"), null);

        Assert.Equal(D("2026-04-07"), deadline.Deadline); // 13 weeks is Tweede Paasdag 6 April, so Tuesday
    }

    [Fact]
    public void Compute_TermEndsOnHemelvaart_RunsToNextWorkingDay()
    {
        // Thursday 19 March + 8 weeks = Hemelvaartsdag 14 May 2026 (Atw art. 1: on to Friday 15 May).
        var deadline = AwbClock.Compute(D("2026-03-19"), 8, [], null, D("2026-03-20"), null);

        Assert.Equal(D("2026-05-15"), deadline.Deadline);
    }

    [Fact]
    public void Compute_TermEndsOnGoedeVrijdag_RunsPastEasterToTuesday()
    {
        var deadline = AwbClock.Compute(D("2026-02-06"), 8, [], null, D("2026-02-10"), null);

        Assert.Equal(D("2026-04-07"), deadline.Deadline);
    }

    [Fact]
    public void Compute_CompletedPause_AddsDaysFromRequestToCompletion()
    {
        var deadline = Compute("2026-02-20", [Pause("2026-01-20", "2026-02-03", "2026-01-27")]);

        Assert.Equal(7, deadline.PausedDays);
        Assert.Equal(D("2026-03-09"), deadline.Deadline);
        Assert.False(deadline.IsPaused);
    }

    [Fact]
    public void Compute_RunningPause_IsPausedAndDeadlineMovesDailyPastTheWeekend()
    {
        // Paused 5 days by 15 February: 2 March + 5 = Saturday 7 March, so Monday 9 March.
        var deadline = Compute("2026-02-15", [Pause("2026-02-10", "2026-02-24")]);

        Assert.True(deadline.IsPaused);
        Assert.Equal(5, deadline.PausedDays);
        Assert.Equal(D("2026-03-09"), deadline.Deadline);
        Assert.Equal(22, deadline.DaysLeft);

        var dayLater = Compute("2026-02-16", [Pause("2026-02-10", "2026-02-24")]);
        Assert.Equal(6, dayLater.PausedDays);
    }

    [Fact]
    public void Compute_TermPassedUnused_PauseEndsWithTheTerm()
    {
        var deadline = Compute("2026-03-10", [Pause("2026-02-10", "2026-02-24")]);

        Assert.Equal(14, deadline.PausedDays);
        Assert.Equal(D("2026-03-16"), deadline.Deadline);
        Assert.False(deadline.IsPaused);
        Assert.False(deadline.IsOverdue);
    }

    [Fact]
    public void Compute_OverlappingPauses_CountEachDayOnce()
    {
        // 21–27 January and 26–30 January overlap on the 26th and 27th: 10 days, not 12.
        var deadline = Compute(
            "2026-02-20",
            [Pause("2026-01-20", "2026-02-03", "2026-01-27"), Pause("2026-01-25", "2026-02-08", "2026-01-30")]);

        Assert.Equal(10, deadline.PausedDays);
        Assert.Equal(D("2026-03-12"), deadline.Deadline);
    }

    [Fact]
    public void Compute_SeparatePauses_AddUp()
    {
        var deadline = Compute(
            "2026-03-01",
            [Pause("2026-02-02", "2026-02-16", "2026-02-05"), Pause("2026-01-12", "2026-01-26", "2026-01-14")]);

        Assert.Equal(5, deadline.PausedDays);
        Assert.Equal(D("2026-03-09"), deadline.Deadline); // 2 March + 5 = Saturday 7 March, so Monday
    }

    [Fact]
    public void Compute_Delay_ReplacesDeadlineAndEarlierPausesAreNotAddedAgain()
    {
        var before = Pause("2026-01-20", "2026-02-03", "2026-01-27");
        var delay = ClockDelay.Create(D("2026-03-02"), D("2026-03-09"), D("2026-04-06"), "Advies nodig").Value;

        var deadline = Compute("2026-03-05", [before], delay);

        Assert.Equal(7, deadline.PausedDays);
        Assert.Equal(D("2026-04-07"), deadline.Deadline); // 6 April 2026 is Tweede Paasdag
        Assert.Equal(33, deadline.DaysLeft);
    }

    [Fact]
    public void Compute_PauseAfterDelay_StillAddsItsDays()
    {
        var delay = ClockDelay.Create(D("2026-03-02"), D("2026-03-09"), D("2026-04-06"), "Advies nodig").Value;
        var pauses = new[] { Pause("2026-01-20", "2026-02-03", "2026-01-27"), Pause("2026-03-10", "2026-03-24", "2026-03-13") };

        var deadline = Compute("2026-03-20", pauses, delay);

        Assert.Equal(10, deadline.PausedDays);
        Assert.Equal(D("2026-04-09"), deadline.Deadline);
    }

    [Fact]
    public void Compute_PauseOnTheDayOfTheDelay_IsTakenAsKnownToTheDelay()
    {
        var delay = ClockDelay.Create(D("2026-02-20"), D("2026-03-02"), D("2026-03-30"), "Advies nodig").Value;

        var deadline = Compute("2026-03-10", [Pause("2026-02-20", "2026-03-06", "2026-02-25")], delay);

        Assert.Equal(D("2026-03-30"), deadline.Deadline);
        Assert.Equal(5, deadline.PausedDays);
    }

    [Fact]
    public void Compute_DecidedInTime_NoDaysLeftNeverOverdue()
    {
        var deadline = Compute("2026-03-20", decidedOn: "2026-02-26");

        Assert.Equal(new AwbDeadline(D("2026-03-02"), 0, null, IsOverdue: false, IsPaused: false, DecidedLate: false), deadline);
    }

    [Fact]
    public void Compute_DecidedLate_ReportedAsDecidedLateNotOverdue()
    {
        var deadline = Compute("2026-03-20", decidedOn: "2026-03-03");

        Assert.True(deadline.DecidedLate);
        Assert.False(deadline.IsOverdue);
        Assert.Null(deadline.DaysLeft);
    }

    [Fact]
    public void Compute_DecidedDuringPause_ClockStopsOnDecision()
    {
        var deadline = Compute("2026-03-30", [Pause("2026-02-10", "2026-02-24")], decidedOn: "2026-02-15");

        Assert.Equal(5, deadline.PausedDays);
        Assert.False(deadline.IsPaused);
        Assert.False(deadline.DecidedLate);
    }

    [Fact]
    public void Compute_PauseBeforeReceipt_Throws()
    {
        Assert.Throws<ArgumentException>(() => Compute("2026-02-01", [Pause("2026-01-02", "2026-01-10")]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Compute_NonPositiveTerm_Throws(int weeks)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AwbClock.Compute(Received, weeks, [], null, Received, null));
    }
}
