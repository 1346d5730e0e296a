using Wijkpeil.App.Modules.Events.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Wijkpeil.App.Tests.Modules.Events.Calendar;

/// <summary>
/// An event planned years ahead still goes into a calendar: Ical.Net's time-zone builder threw for a start beyond its
/// own limit near the present, which made the feed of every event answer 500 as soon as one was that far away.
/// </summary>
public sealed class FarFutureCalendarTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ForEventAndFeed_EventTenYearsAhead_AmsterdamTimesAndNoError()
    {
        var start = new DateTimeOffset(2037, 6, 10, 12, 0, 0, TimeSpan.Zero);
        var entry = new CalendarEntry(CalendarEvents.Published(7, start), "bijeenkomsten/7");

        var single = Assert.Single(IcalCalendar.Load(EventCalendar.ForEvent(entry, CalendarEvents.Site, Now))!.Events);
        var feed = IcalCalendar.Load(EventCalendar.Feed([entry], "Bijeenkomsten", CalendarEvents.Site, Now))!;

        Assert.Equal("Europe/Amsterdam", single.DtStart!.TzId);
        Assert.Equal(14, single.DtStart.Hour); // summer time: UTC+2
        Assert.Single(feed.Events);
        Assert.Single(feed.TimeZones);
    }
}
