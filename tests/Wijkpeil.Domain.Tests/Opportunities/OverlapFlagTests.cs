using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class OverlapFlagTests
{
    private const string Overvecht = "WK034403";
    private const string OvervechtBuurt = "BU03440301";
    private const string Batau = "WK035603";

    private static DateWindow Period(DateOnly? from, DateOnly? to) => DateWindow.Create(from, to, "test", "to").Value;

    private static PlannedWork Work(int programme, int project, string area, DateOnly? from, DateOnly? to) =>
        new(programme, project, [AreaCode.From(area)], Period(from, to));

    private static DateOnly Day(int month, int day) => new(2027, month, day);

    [Fact]
    public void Find_SameAreaOverlappingPeriods_FlagsThePairWithTheSharedDays()
    {
        var overlap = Assert.Single(OverlapFlag.Find([Work(1, 10, Overvecht, Day(1, 1), Day(6, 30)), Work(2, 20, Overvecht, Day(4, 1), Day(12, 31))]));

        Assert.Equal((10, 20), (overlap.First.ProjectId, overlap.Second.ProjectId));
        Assert.Equal([AreaCode.From(Overvecht)], overlap.Areas);
        Assert.Equal(Period(Day(4, 1), Day(6, 30)), overlap.Period);
    }

    [Fact]
    public void Find_OneEndsTheDayTheOtherStarts_FlagsThatOneDay()
    {
        var overlap = Assert.Single(OverlapFlag.Find([Work(1, 10, Overvecht, Day(1, 1), Day(3, 31)), Work(2, 20, Overvecht, Day(3, 31), Day(9, 30))]));

        Assert.Equal(Period(Day(3, 31), Day(3, 31)), overlap.Period);
    }

    [Fact]
    public void Find_OneEndsTheDayBeforeTheOtherStarts_NoFlag() =>
        Assert.Empty(OverlapFlag.Find([Work(1, 10, Overvecht, Day(1, 1), Day(3, 30)), Work(2, 20, Overvecht, Day(3, 31), Day(9, 30))]));

    [Fact]
    public void Find_DifferentAreasSamePeriod_NoFlag() =>
        Assert.Empty(OverlapFlag.Find([Work(1, 10, Overvecht, Day(1, 1), Day(12, 31)), Work(2, 20, Batau, Day(1, 1), Day(12, 31))]));

    [Fact]
    public void Find_SameProgramme_NeverPaired() =>
        Assert.Empty(OverlapFlag.Find([Work(1, 10, Overvecht, Day(1, 1), Day(12, 31)), Work(1, 11, Overvecht, Day(1, 1), Day(12, 31))]));

    [Fact]
    public void Find_OpenEndedWorkMeetsALaterOne_PeriodIsTheLaterOnes()
    {
        var overlap = Assert.Single(OverlapFlag.Find([Work(1, 10, Overvecht, Day(1, 1), null), Work(2, 20, Overvecht, Day(9, 1), Day(10, 31))]));

        Assert.Equal(Period(Day(9, 1), Day(10, 31)), overlap.Period);
    }

    [Fact]
    public void Find_OpenEndedWorkEndsBeforeOpenStartedOne_FlagsOpenStartedUpToTheEnd()
    {
        var overlap = Assert.Single(OverlapFlag.Find([Work(1, 10, Overvecht, null, Day(5, 31)), Work(2, 20, Overvecht, Day(3, 1), null)]));

        Assert.Equal(Period(Day(3, 1), Day(5, 31)), overlap.Period);
    }

    [Fact]
    public void Find_BothOpenAtTheEnd_SharedPeriodOpenAtTheEnd()
    {
        var overlap = Assert.Single(OverlapFlag.Find([Work(1, 10, Overvecht, Day(1, 1), null), Work(2, 20, Overvecht, Day(5, 1), null)]));

        Assert.Equal(Period(Day(5, 1), null), overlap.Period);
    }

    [Fact]
    public void Find_OpenStartedWorkEndingBeforeTheOtherStarts_NoFlag() =>
        Assert.Empty(OverlapFlag.Find([Work(1, 10, Overvecht, null, Day(2, 28)), Work(2, 20, Overvecht, Day(3, 1), null)]));

    [Fact]
    public void Find_WorkWithoutDates_MeetsEveryWorkInItsArea()
    {
        var overlap = Assert.Single(OverlapFlag.Find([Work(1, 10, Overvecht, null, null), Work(2, 20, Overvecht, Day(5, 1), Day(5, 2))]));

        Assert.Equal(Period(Day(5, 1), Day(5, 2)), overlap.Period);
    }

    [Fact]
    public void Find_WijkAndOneOfItsBuurten_FlagsTheBuurt()
    {
        var overlap = Assert.Single(OverlapFlag.Find([Work(2, 20, OvervechtBuurt, Day(1, 1), Day(12, 31)), Work(1, 10, Overvecht, Day(1, 1), Day(12, 31))]));

        Assert.Equal(1, overlap.First.ProgrammeId);
        Assert.Equal([AreaCode.From(OvervechtBuurt)], overlap.Areas);
    }

    [Fact]
    public void Find_GemeenteAndAWijkInIt_Flagged() =>
        Assert.Single(OverlapFlag.Find([Work(1, 10, "GM0344", Day(1, 1), Day(12, 31)), Work(2, 20, Overvecht, Day(6, 1), Day(6, 30))]));

    [Fact]
    public void Find_BuurtOfAnotherWijk_NoFlag() =>
        Assert.Empty(OverlapFlag.Find([Work(1, 10, "BU03440401", Day(1, 1), Day(12, 31)), Work(2, 20, Overvecht, Day(1, 1), Day(12, 31))]));

    [Fact]
    public void Find_ThreeProgrammesInOneArea_EveryCrossPairOnce()
    {
        var pairs = OverlapFlag.Find([Work(3, 30, Overvecht, null, null), Work(1, 10, Overvecht, null, null), Work(2, 20, Overvecht, null, null)]);

        Assert.Equal([(10, 20), (10, 30), (20, 30)], pairs.Select(p => (p.First.ProjectId, p.Second.ProjectId)));
    }

    [Theory]
    [InlineData("BU03440301", "WK034403", true)]
    [InlineData("BU03440301", "GM0344", true)]
    [InlineData("WK034403", "WK034403", true)]
    [InlineData("WK034403", "BU03440301", false)]
    [InlineData("GM0344", "PV26", false)]
    public void Covers_ByCode(string inner, string outer, bool expected) =>
        Assert.Equal(expected, OverlapFlag.Covers(AreaCode.From(outer), AreaCode.From(inner)));
}
