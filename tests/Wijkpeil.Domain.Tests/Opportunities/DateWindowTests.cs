using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class DateWindowTests
{
    [Fact]
    public void Create_EndBeforeStart_RefusedWithPrefixAndField()
    {
        var error = DateWindow.Create(new DateOnly(2027, 5, 2), new DateOnly(2027, 5, 1), "work.period", "plannedTo").Error;

        Assert.Equal("work.period.end_before_start", error?.Code);
        Assert.Equal("plannedTo", error?.Field);
    }

    [Fact]
    public void Overlap_DisjointWindows_None() =>
        Assert.Null(Window(1, 10).Overlap(Window(11, 20)));

    [Fact]
    public void Overlap_IsTheSameEitherWay()
    {
        Assert.Equal(Window(5, 10), Window(1, 10).Overlap(Window(5, 20)));
        Assert.Equal(Window(5, 10), Window(5, 20).Overlap(Window(1, 10)));
    }

    private static DateWindow Window(int from, int to) => DateWindow.Create(new DateOnly(2027, 1, from), new DateOnly(2027, 1, to), "t", "to").Value;
}
