using Wijkpeil.App.Kernel.Scheduling;

namespace Wijkpeil.App.Modules.Events;

/// <summary>Event times as people read them: the wall clock in Europe/Amsterdam, whatever the server's zone.</summary>
internal static class EventTime
{
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, DailySchedule.Amsterdam).DateTime;
}
