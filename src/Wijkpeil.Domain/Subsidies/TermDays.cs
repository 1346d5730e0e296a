namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// Working days and the end of statutory terms under the Algemene termijnenwet (Atw): a term that ends on a Saturday,
/// a Sunday or a general holiday runs on to the next day that is none of these (Atw art. 1 lid 1).
/// </summary>
/// <remarks>
/// Only the holidays named by the law itself are known here (Atw art. 3 lid 1 and Goede Vrijdag by lid 2). Days the
/// Crown equates with holidays by decree for a few years at a time (art. 3 lid 3, such as the Friday after
/// Hemelvaartsdag) are not a rule that can be computed, so they are not included; a term ending on such a day shows
/// one working day early, which errs on the safe side for a decision deadline. Atw art. 2 (a term of three days or
/// more holds at least two working days) is not applied: the Awb terms computed with this class are weeks long.
/// </remarks>
public static class TermDays
{
    /// <summary>The first year of Koningsdag on 27 April (King Willem-Alexander); before it, Koninginnedag was 30 April.</summary>
    private const int FirstKingsDayYear = 2014;

    /// <summary>True unless <paramref name="day"/> is a Saturday, a Sunday or an Atw holiday (<see cref="IsHoliday"/>).</summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    /// <summary>
    /// True on the general holidays of Atw art. 3 lid 1 (Nieuwjaarsdag, tweede Paas- en Pinksterdag, beide Kerstdagen,
    /// Hemelvaartsdag, Koningsdag, 5 mei), on Goede Vrijdag (art. 3 lid 2), and on Eerste Paas- and Pinksterdag
    /// (Sundays anyway, listed so the holiday list reads as people know it).
    /// </summary>
    public static bool IsHoliday(DateOnly day)
    {
        if ((day.Month, day.Day) is (1, 1) or (5, 5) or (12, 25) or (12, 26) || day == KingsDay(day.Year))
        {
            return true;
        }

        var sinceEaster = day.DayNumber - EasterSunday(day.Year).DayNumber;

        // Goede Vrijdag, Eerste and Tweede Paasdag, Hemelvaartsdag (39 days after Easter), Eerste and Tweede Pinksterdag.
        return sinceEaster is -2 or 0 or 1 or 39 or 49 or 50;
    }

    /// <summary>
    /// The day the King's birthday is celebrated in <paramref name="year"/> (Atw art. 3 lid 1): 27 April, or 26 April when
    /// the 27th is a Sunday (Besluit Koningsdag). Before 2014 it was Koninginnedag: 30 April, or 29 April when that was a
    /// Sunday.
    /// </summary>
    public static DateOnly KingsDay(int year)
    {
        var day = year >= FirstKingsDayYear ? new DateOnly(year, 4, 27) : new DateOnly(year, 4, 30);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    /// <summary>
    /// Easter Sunday of <paramref name="year"/> in the Gregorian calendar (the anonymous Gregorian computus of
    /// Meeus/Jones/Butcher), from which Goede Vrijdag, Hemelvaart and Pinksteren follow.
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }

    /// <summary><paramref name="day"/> itself when it is a working day, otherwise the first working day after it.</summary>
    public static DateOnly NextWorkingDayFrom(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// The real last day of a statutory term whose computed last day is <paramref name="lastDay"/>: a term ending on a
    /// Saturday, Sunday or holiday is extended up to and including the next working day (Atw art. 1 lid 1).
    /// </summary>
    public static DateOnly EndOfTerm(DateOnly lastDay) => NextWorkingDayFrom(lastDay);
}
