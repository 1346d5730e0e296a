using System.Globalization;
using Wijkpeil.App.Kernel.Scheduling;

namespace Wijkpeil.App.Modules.Events;

/// <summary>
/// Event times as people in the Netherlands read and type them: a date and a clock time in Europe/Amsterdam, whatever
/// the server's zone, stored as the instant they denote.
/// </summary>
public static class EventTime
{
    private static TimeZoneInfo Amsterdam => DailySchedule.Amsterdam;

    /// <summary>The wall-clock time in Amsterdam of an instant.</summary>
    public static DateTime LocalOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime;

    /// <summary>
    /// The instant (in UTC) of a wall-clock time in Amsterdam; null for a time the clock skips when summer time starts
    /// (02:00–03:00 on the last Sunday of March), which nobody can meet at. A time the clock shows twice in October
    /// is the first of the two (summer time): the earlier meeting is the one a person means when they type it first.
    /// </summary>
    public static DateTimeOffset? InstantOf(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Amsterdam.IsInvalidTime(local))
        {
            return null;
        }

        var offset = Amsterdam.IsAmbiguousTime(local) ? Amsterdam.GetAmbiguousTimeOffsets(local).Max() : Amsterdam.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The date of an instant in Amsterdam as a date field holds it (<c>yyyy-MM-dd</c>).</summary>
    public static string DateText(DateTimeOffset instant) => LocalOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The clock time of an instant in Amsterdam as a time field holds it (<c>HH:mm</c>).</summary>
    public static string TimeText(DateTimeOffset instant) => LocalOf(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"di 9 maart 2027, 14:00–16:30" in the reader's culture: the day, and the times when it ends the same day.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var (from, to) = (LocalOf(start), LocalOf(end));
        var day = from.ToString("ddd d MMMM yyyy", culture);
        return from.Date == to.Date
            ? $"{day}, {from.ToString("HH:mm", culture)}–{to.ToString("HH:mm", culture)}"
            : $"{day}, {from.ToString("HH:mm", culture)} – {to.ToString("ddd d MMMM yyyy, HH:mm", culture)}";
    }
}
