using Wijkpeil.Domain.Subsidies;
using static Wijkpeil.Domain.Tests.Subsidies.Dates;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class TermDaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_Year_IsTheGregorianEaster(int year, string expected)
    {
        Assert.Equal(D(expected), TermDays.EasterSunday(year));
    }

    [Theory]
    [InlineData(2025, "2025-04-26")]
    [InlineData(2026, "2026-04-27")]
    [InlineData(2014, "2014-04-26")]
    [InlineData(2006, "2006-04-29")]
    [InlineData(2013, "2013-04-30")]
    public void KingsDay_Year_Is27AprilOr26WhenSunday(int year, string expected)
    {
        Assert.Equal(D(expected), TermDays.KingsDay(year));
    }

    [Theory]
    [InlineData("2026-01-01")] // Nieuwjaarsdag (Thursday)
    [InlineData("2026-04-03")] // Goede Vrijdag (Atw art. 3 lid 2)
    [InlineData("2026-04-06")] // Tweede Paasdag
    [InlineData("2026-04-27")] // Koningsdag (Monday)
    [InlineData("2026-05-05")] // Bevrijdingsdag (Tuesday)
    [InlineData("2026-05-14")] // Hemelvaartsdag
    [InlineData("2026-05-25")] // Tweede Pinksterdag
    [InlineData("2026-12-25")] // Eerste Kerstdag (Friday)
    [InlineData("2025-12-26")] // Tweede Kerstdag (Friday)
    [InlineData("2025-04-18")] // Goede Vrijdag 2025
    [InlineData("2025-05-29")] // Hemelvaartsdag 2025
    public void IsWorkingDay_AtwHolidayOnAWeekday_IsFalse(string day)
    {
        Assert.True(TermDays.IsHoliday(D(day)));
        Assert.False(TermDays.IsWorkingDay(D(day)));
    }

    [Theory]
    [InlineData("2026-04-05")] // Eerste Paasdag
    [InlineData("2026-05-24")] // Eerste Pinksterdag
    public void IsHoliday_FirstEasterAndPentecost_AreHolidays(string day)
    {
        Assert.True(TermDays.IsHoliday(D(day)));
        Assert.False(TermDays.IsWorkingDay(D(day)));
    }

    [Fact]
    public void IsWorkingDay_KingsDay2025_Saturday26AprilIsTheHolidayNot27()
    {
        Assert.True(TermDays.IsHoliday(D("2025-04-26")));
        Assert.False(TermDays.IsHoliday(D("2025-04-27")));
        Assert.True(TermDays.IsWorkingDay(D("2025-04-28")));
    }

    [Theory]
    [InlineData("2026-12-05")] // Saturday
    [InlineData("2026-12-06")] // Sunday
    public void IsWorkingDay_Weekend_IsFalse(string day)
    {
        Assert.False(TermDays.IsHoliday(D(day)));
        Assert.False(TermDays.IsWorkingDay(D(day)));
    }

    [Theory]
    [InlineData("2026-12-07")] // Monday
    [InlineData("2026-04-02")] // Witte Donderdag
    [InlineData("2026-05-15")] // the Friday after Hemelvaart: only equated by decree (art. 3 lid 3), not by the law
    [InlineData("2026-12-24")] // Kerstavond
    [InlineData("2026-12-31")] // Oudejaarsdag
    public void IsWorkingDay_OrdinaryWeekday_IsTrue(string day)
    {
        Assert.True(TermDays.IsWorkingDay(D(day)));
    }

    [Fact]
    public void IsHoliday_EveryHolidayOf2026_ExactlyTheAtwList()
    {
        var holidays = Enumerable.Range(0, 365)
            .Select(offset => D("2026-01-01").AddDays(offset))
            .Where(TermDays.IsHoliday)
            .ToList();

        Assert.Equal(
            [
                D("2026-01-01"), D("2026-04-03"), D("2026-04-05"), D("2026-04-06"), D("2026-04-27"), D("2026-05-05"),
                D("2026-05-14"), D("2026-05-24"), D("2026-05-25"), D("2026-12-25"), D("2026-12-26"),
            ],
            holidays);
    }

    [Fact]
    public void NextWorkingDayFrom_WorkingDay_IsTheDayItself()
    {
        Assert.Equal(D("2026-12-07"), TermDays.NextWorkingDayFrom(D("2026-12-07")));
    }

    [Theory]
    [InlineData("2026-12-05", "2026-12-07")] // Saturday → Monday
    [InlineData("2026-04-03", "2026-04-07")] // Goede Vrijdag → past Easter weekend and Tweede Paasdag to Tuesday
    [InlineData("2026-05-23", "2026-05-26")] // Saturday before Pinksteren → Tuesday
    [InlineData("2026-12-25", "2026-12-28")] // Eerste Kerstdag (Friday) → Monday
    [InlineData("2027-12-25", "2027-12-27")] // Kerst 2027 falls on the weekend → Monday 27th
    [InlineData("2025-04-26", "2025-04-28")] // Koningsdag on a Saturday → Monday
    public void EndOfTerm_ClosedDay_RunsToNextWorkingDay(string lastDay, string expected)
    {
        Assert.Equal(D(expected), TermDays.EndOfTerm(D(lastDay)));
    }

    [Fact]
    public void EndOfTerm_WorkingDay_Unchanged()
    {
        Assert.Equal(D("2026-05-13"), TermDays.EndOfTerm(D("2026-05-13")));
    }
}
