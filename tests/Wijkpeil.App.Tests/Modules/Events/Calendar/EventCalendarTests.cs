using Wijkpeil.App.Modules.Events.Calendar;
using Wijkpeil.Domain.MeetingPlaces;
using IcalCalendar = Ical.Net.Calendar;

namespace Wijkpeil.App.Tests.Modules.Events.Calendar;

public sealed class EventCalendarTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 30, 0, TimeSpan.Zero);

    // 13:00 UTC is 14:00 in Amsterdam in winter and 15:00 in summer.
    private static readonly DateTimeOffset Winter = new(2027, 3, 10, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2027, 7, 15, 13, 0, 0, TimeSpan.Zero);

    private static string Ics(CalendarEntry entry) => EventCalendar.ForEvent(entry, CalendarEvents.Site, Now);

    [Fact]
    public void ForEvent_ParsedBack_HasTheEventsRequiredProperties()
    {
        var ics = Ics(new CalendarEntry(CalendarEvents.Published(42, Winter), "bijeenkomsten/42"));

        var calendar = IcalCalendar.Load(ics)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal(EventCalendar.ProductId, calendar.ProductId);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("event-42@wijkpeil.example.nl", e.Uid);
        Assert.Equal(Now.UtcDateTime, e.DtStamp!.AsUtc);
        Assert.True(e.DtStamp.IsUtc);
        Assert.Equal("Werkbezoek Overvecht: NOA Tamarinde", e.Summary);
        Assert.Equal("Tamarindedreef 1, Utrecht", e.Location);
        Assert.Equal(new Uri("https://wijkpeil.example.nl/bijeenkomsten/42"), e.Url);
        Assert.Equal("CONFIRMED", e.Status);
        Assert.Equal(0, e.Sequence);
    }

    [Theory]
    [InlineData("2027-03-10T13:00:00Z", "20270310T140000")]
    [InlineData("2027-07-15T13:00:00Z", "20270715T150000")]
    public void ForEvent_Times_AreAmsterdamWallClockWithTheZone(string startUtc, string local)
    {
        var start = DateTimeOffset.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture);

        var ics = Ics(new CalendarEntry(CalendarEvents.Published(1, start), "bijeenkomsten/1"));

        Assert.Contains($"\r\nDTSTART;TZID=Europe/Amsterdam:{local}\r\n", ics, StringComparison.Ordinal);
        var e = Assert.Single(IcalCalendar.Load(ics)!.Events);
        Assert.Equal("Europe/Amsterdam", e.DtStart!.TzId);
        Assert.Equal(start.UtcDateTime, e.DtStart.AsUtc);
        Assert.Equal(start.AddHours(3).UtcDateTime, e.DtEnd!.AsUtc);
    }

    [Fact]
    public void ForEvent_CarriesTheVTimeZoneWithWinterAndSummerOffsets()
    {
        var calendar = IcalCalendar.Load(Ics(new CalendarEntry(CalendarEvents.Published(1, Summer), "bijeenkomsten/1")))!;

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Amsterdam", zone.TzId);
        Assert.Contains(zone.TimeZoneInfos, i => i.OffsetTo?.ToString() == "+0100");
        Assert.Contains(zone.TimeZoneInfos, i => i.OffsetTo?.ToString() == "+0200");
    }

    [Fact]
    public void ForEvent_Cancelled_IsCancelledWithAHigherSequence()
    {
        var cancelled = CalendarEvents.Published(5, Winter);
        cancelled.Cancel(Now);

        var e = Assert.Single(IcalCalendar.Load(Ics(new CalendarEntry(cancelled, "bijeenkomsten/5")))!.Events);

        Assert.Equal("CANCELLED", e.Status);
        Assert.Equal(1, e.Sequence);
    }

    [Fact]
    public void ForEvent_TwiceAtDifferentMoments_KeepsTheUidAndRestampsIt()
    {
        var entry = new CalendarEntry(CalendarEvents.Published(9, Winter), "bijeenkomsten/9");

        var first = Assert.Single(IcalCalendar.Load(EventCalendar.ForEvent(entry, CalendarEvents.Site, Now))!.Events);
        var later = Assert.Single(IcalCalendar.Load(EventCalendar.ForEvent(entry, CalendarEvents.Site, Now.AddDays(3)))!.Events);

        Assert.Equal(first.Uid, later.Uid);
        Assert.Equal(Now.AddDays(3).UtcDateTime, later.DtStamp!.AsUtc);
    }

    [Fact]
    public void ForEvent_Description_IsPlainTextOfTheMarkdownEndingWithThePage()
    {
        var markdown = "We bekijken de **Werkwinkel**, zie [het programma](https://example.nl/programma).\n\n- koffie\n- rondleiding";

        var e = Assert.Single(IcalCalendar.Load(Ics(new CalendarEntry(CalendarEvents.Published(3, Winter, description: markdown), "bijeenkomsten/3")))!.Events);

        Assert.Equal(
            "We bekijken de Werkwinkel, zie het programma (https://example.nl/programma).\n\n- koffie\n- rondleiding\n\nhttps://wijkpeil.example.nl/bijeenkomsten/3",
            e.Description);
    }

    [Fact]
    public void ForEvent_InAMeetingPlace_NamesThePlaceAndItsPoint()
    {
        var point = GeoPoint.From(52.1, 5.11).Value;
        var entry = new CalendarEntry(CalendarEvents.Published(4, Winter, address: null, meetingPlaceId: 2), "bijeenkomsten/4", new CalendarPlace("NOA Tamarinde", "Tamarindedreef 1, Utrecht", point));

        var e = Assert.Single(IcalCalendar.Load(Ics(entry))!.Events);

        Assert.Equal("NOA Tamarinde, Tamarindedreef 1, Utrecht", e.Location);
        Assert.Equal(52.1, e.GeographicLocation!.Latitude);
        Assert.Equal(5.11, e.GeographicLocation.Longitude);
    }

    [Fact]
    public void ForEvent_PlaceWithoutAddress_IsNamedOnlyAndHasNoGeo()
    {
        var entry = new CalendarEntry(CalendarEvents.Published(4, Winter, address: null, meetingPlaceId: 2), "bijeenkomsten/4", new CalendarPlace("’t Volle Hof"));

        var ics = Ics(entry);

        Assert.Equal("’t Volle Hof", Assert.Single(IcalCalendar.Load(ics)!.Events).Location);
        Assert.DoesNotContain("\r\nGEO", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void ForEvent_SiteWithAPathBase_KeepsItInTheUrl()
    {
        var site = new Uri("https://www.example.nl/wijkpeil");

        var e = Assert.Single(IcalCalendar.Load(EventCalendar.ForEvent(new CalendarEntry(CalendarEvents.Published(8, Winter), "/bijeenkomsten/8"), site, Now))!.Events);

        Assert.Equal(new Uri("https://www.example.nl/wijkpeil/bijeenkomsten/8"), e.Url);
        Assert.Equal("event-8@www.example.nl", e.Uid);
    }

    [Fact]
    public void ForEvent_UnpublishedEvent_IsABug()
    {
        var draft = CalendarEvents.Published(6, Winter);
        typeof(Wijkpeil.Domain.Learning.CommunityEvent).GetProperty("IsPublished")!.SetValue(draft, false);

        Assert.Throws<ArgumentException>(() => Ics(new CalendarEntry(draft, "bijeenkomsten/6")));
    }

    [Fact]
    public void Feed_HoldsEveryEventEarliestFirst_UnderTheCalendarsName()
    {
        CalendarEntry[] entries =
        [
            new(CalendarEvents.Published(2, Summer, title: "Themabijeenkomst"), "bijeenkomsten/2"),
            new(CalendarEvents.Published(1, Winter, title: "Workshop"), "bijeenkomsten/1"),
        ];

        var ics = EventCalendar.Feed(entries, "Bijeenkomsten Vitale Wijken", CalendarEvents.Site, Now);

        var calendar = IcalCalendar.Load(ics)!;
        Assert.Equal(["event-1@wijkpeil.example.nl", "event-2@wijkpeil.example.nl"], calendar.Events.Select(e => e.Uid));
        Assert.Equal("Bijeenkomsten Vitale Wijken", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Single(calendar.TimeZones);
        Assert.Contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_WithoutEvents_IsStillACalendarWithAComponent()
    {
        var calendar = IcalCalendar.Load(EventCalendar.Feed([], "Bijeenkomsten", CalendarEvents.Site, Now))!;

        Assert.Empty(calendar.Events);
        Assert.Single(calendar.TimeZones);
    }

    [Fact]
    public void Feed_EventsAcrossTheSummerTimeSwitch_ResolveToTheirInstants()
    {
        var march = new DateTimeOffset(2027, 3, 28, 0, 30, 0, TimeSpan.Zero);
        CalendarEntry[] entries = [new(CalendarEvents.Published(1, march), "b/1"), new(CalendarEvents.Published(2, Summer), "b/2")];

        var calendar = IcalCalendar.Load(EventCalendar.Feed(entries, "Bijeenkomsten", CalendarEvents.Site, Now))!;

        Assert.Equal([march.UtcDateTime, Summer.UtcDateTime], calendar.Events.Select(e => e.DtStart!.AsUtc));
        Assert.Equal(march.AddHours(3).UtcDateTime, calendar.Events.First().DtEnd!.AsUtc);
    }
}
