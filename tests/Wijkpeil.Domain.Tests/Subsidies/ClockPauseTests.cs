using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.Domain.Tests.Subsidies.Dates;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class ClockPauseTests
{
    private static ClockPause Requested(string on, string termEndsOn) => ClockPause.Create(D(on), D(termEndsOn)).Value;

    [Fact]
    public void Create_WithTerm_HoldsDates()
    {
        var pause = Requested("2026-03-02", "2026-03-16");

        Assert.Equal(D("2026-03-02"), pause.RequestedOn);
        Assert.Equal(D("2026-03-16"), pause.TermEndsOn);
        Assert.Null(pause.CompletedOn);
    }

    [Fact]
    public void Create_WithoutTerm_ReturnsTermRequired()
    {
        var result = ClockPause.Create(D("2026-03-02"), null);

        Assert.Equal("subsidy.clock.term_required", result.Error?.Code);
        Assert.Equal("completionTermEndsOn", result.Error?.Field);
        Assert.Contains("Awb 4:5", result.Error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-01")]
    public void Create_TermNotAfterRequest_ReturnsTermBeforeRequest(string termEndsOn)
    {
        var result = ClockPause.Create(D("2026-03-02"), D(termEndsOn));

        Assert.Equal("subsidy.clock.term_before_request", result.Error?.Code);
        Assert.Equal("completionTermEndsOn", result.Error?.Field);
        Assert.Equal([D(termEndsOn), D("2026-03-02")], result.Error?.Arguments);
    }

    [Fact]
    public void Complete_OnADay_ReturnsNewCompletedInstanceLeavingOriginal()
    {
        var pause = Requested("2026-03-02", "2026-03-16");

        var completed = pause.Complete(D("2026-03-06"));

        Assert.Equal(D("2026-03-06"), completed.Value.CompletedOn);
        Assert.Equal(pause.RequestedOn, completed.Value.RequestedOn);
        Assert.Equal(pause.TermEndsOn, completed.Value.TermEndsOn);
        Assert.Null(pause.CompletedOn);
    }

    [Fact]
    public void Complete_BeforeRequest_ReturnsCompletedBeforeRequest()
    {
        var result = Requested("2026-03-02", "2026-03-16").Complete(D("2026-03-01"));

        Assert.Equal("subsidy.clock.completed_before_request", result.Error?.Code);
        Assert.Equal("completedOn", result.Error?.Field);
    }

    [Fact]
    public void Complete_Twice_ReturnsAlreadyCompleted()
    {
        var completed = Requested("2026-03-02", "2026-03-16").Complete(D("2026-03-06")).Value;

        Assert.Equal("subsidy.clock.already_completed", completed.Complete(D("2026-03-07")).Error?.Code);
    }

    [Fact]
    public void Complete_AfterTheTerm_IsRecordedButPauseStopsAtTermEnd()
    {
        var completed = Requested("2026-03-02", "2026-03-16").Complete(D("2026-03-20")).Value;

        Assert.Equal(D("2026-03-20"), completed.CompletedOn);
        Assert.Equal(14, completed.PausedDays(D("2026-04-01")));
    }

    [Theory]
    [InlineData("2026-03-02", 0)] // the day of the request itself is not suspended
    [InlineData("2026-03-03", 1)]
    [InlineData("2026-03-10", 8)]
    [InlineData("2026-03-16", 14)] // the last day of the term
    [InlineData("2026-03-30", 14)] // unused term: the suspension ends with the term
    [InlineData("2026-02-27", 0)] // a day before the request: never negative
    public void PausedDays_NotCompleted_CountsFromDayAfterRequestUpToTodayOrTermEnd(string today, int expected)
    {
        Assert.Equal(expected, Requested("2026-03-02", "2026-03-16").PausedDays(D(today)));
    }

    [Fact]
    public void PausedDays_Completed_StopsOnCompletionDay()
    {
        var completed = Requested("2026-03-02", "2026-03-16").Complete(D("2026-03-06")).Value;

        Assert.Equal(4, completed.PausedDays(D("2026-03-06")));
        Assert.Equal(4, completed.PausedDays(D("2026-06-01")));
    }

    [Fact]
    public void PausedDays_CompletedOnRequestDay_IsZero()
    {
        Assert.Equal(0, Requested("2026-03-02", "2026-03-16").Complete(D("2026-03-02")).Value.PausedDays(D("2026-03-10")));
    }

    [Theory]
    [InlineData("2026-03-02", true, false)]
    [InlineData("2026-03-16", true, false)]
    [InlineData("2026-03-17", false, true)]
    public void IsRunningAndExpiredUnused_NotCompleted_FollowTheTerm(string today, bool running, bool expired)
    {
        var pause = Requested("2026-03-02", "2026-03-16");

        Assert.Equal(running, pause.IsRunning(D(today)));
        Assert.Equal(expired, pause.ExpiredUnused(D(today)));
    }

    [Fact]
    public void IsRunningAndExpiredUnused_Completed_BothFalse()
    {
        var completed = Requested("2026-03-02", "2026-03-16").Complete(D("2026-03-06")).Value;

        Assert.False(completed.IsRunning(D("2026-03-10")));
        Assert.False(completed.ExpiredUnused(D("2026-03-30")));
    }

    [Fact]
    public void Restore_StoredDates_EqualsTheRequestItCameFrom()
    {
        var completed = Requested("2026-03-02", "2026-03-16").Complete(D("2026-03-06")).Value;

        Assert.Equal(completed, ClockPause.Restore(D("2026-03-02"), D("2026-03-16"), D("2026-03-06")));
        Assert.Null(ClockPause.Restore(D("2026-03-02"), D("2026-03-16"), null).CompletedOn);
    }

    [Theory]
    [InlineData("2026-03-02", null)]
    [InlineData("2026-03-16", "2026-03-01")]
    public void Restore_ImpossibleDates_Throws(string termEndsOn, string? completedOn)
    {
        Assert.Throws<ArgumentException>(() => ClockPause.Restore(D("2026-03-02"), D(termEndsOn), completedOn is null ? null : D(completedOn)));
    }
}
