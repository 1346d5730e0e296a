namespace Wijkpeil.App.Kernel.Scheduling;

/// <summary>When the daily run comes next: a pure function of "now", so it is tested with a fixed clock.</summary>
public static class DailySchedule
{
    /// <summary>Europe/Amsterdam: the day of retention terms and reminders is the Dutch day.</summary>
    public static TimeZoneInfo Amsterdam { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>
    /// The first moment after <paramref name="now"/> at which the clock in <paramref name="zone"/> reads
    /// <paramref name="hour"/>:00. On the day the clocks go forward past that hour (02:00 → 03:00 in Amsterdam) it is
    /// the first moment after the gap; on the day they go back and the hour occurs twice, the first of the two.
    /// </summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, int hour, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var day = today; ; day = day.AddDays(1))
        {
            var run = At(day, hour, zone);
            if (run > now)
            {
                return run;
            }
        }
    }

    /// <summary>The instant the clock in <paramref name="zone"/> reads <paramref name="hour"/>:00 on <paramref name="day"/>.</summary>
    private static DateTimeOffset At(DateOnly day, int hour, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        if (zone.IsInvalidTime(local))
        {
            // Skipped by the clock change: the hour happens at the end of the gap, which is the same instant as the
            // gap's start read with the old offset.
            var before = zone.GetUtcOffset(local.AddHours(-1));
            return new DateTimeOffset(local, before).ToOffset(zone.GetUtcOffset(local.AddHours(1)));
        }

        // Ambiguous (clocks going back): the larger offset is the first occurrence.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
