using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.Domain.Tests.Subsidies.Dates;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class ObjectionTermTests
{
    [Theory]
    [InlineData("2026-03-02", "2026-04-13")] // Monday → Monday six weeks later
    [InlineData("2026-02-20", "2026-04-07")] // six weeks is Goede Vrijdag → past Easter to Tuesday
    [InlineData("2026-11-13", "2026-12-28")] // six weeks is Eerste Kerstdag (Friday) → Monday
    [InlineData("2026-10-31", "2026-12-14")] // sent on a Saturday: the term still counts from the next day
    public void EndsOn_SentOn_SixWeeksLaterThenAtw(string sentOn, string expected)
    {
        Assert.Equal(D(expected), ObjectionTerm.EndsOn(D(sentOn)));
    }

    [Theory]
    [InlineData("2026-03-01", false)]
    [InlineData("2026-03-02", true)]
    [InlineData("2026-04-13", true)]
    [InlineData("2026-04-14", false)]
    public void IsOpen_Today_FromSendingUpToLastDay(string today, bool expected)
    {
        Assert.Equal(expected, ObjectionTerm.IsOpen(D("2026-03-02"), D(today)));
    }

    [Theory]
    [InlineData("2026-04-13", null, true)]
    [InlineData("2026-04-14", null, false)]
    [InlineData("2026-04-20", "2026-04-13", true)] // posted in time, received within a week (Awb 6:9 lid 2)
    [InlineData("2026-04-21", "2026-04-13", false)] // posted in time but received more than a week late
    [InlineData("2026-04-15", "2026-04-14", false)] // posted after the term
    public void IsTimely_ReceivedAndPosted_FollowsAwb69(string receivedOn, string? postedOn, bool expected)
    {
        Assert.Equal(expected, ObjectionTerm.IsTimely(D("2026-03-02"), D(receivedOn), postedOn is null ? null : D(postedOn)));
    }
}
