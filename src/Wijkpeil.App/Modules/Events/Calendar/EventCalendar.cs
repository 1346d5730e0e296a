using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Wijkpeil.Domain.Learning;
using IcalCalendar = Ical.Net.Calendar;

namespace Wijkpeil.App.Modules.Events.Calendar;

/// <summary>
/// Community of Practice events as iCalendar (RFC 5545): one event's <c>.ics</c> and a feed of many, published
/// (METHOD:PUBLISH) for people to add to or subscribe in their own calendar.
/// </summary>
/// <remarks>
/// <para>
/// Times carry TZID=Europe/Amsterdam with the zone's VTIMEZONE (from Ical.Net's tz database): the coordinator set the
/// time on the Dutch clock, and a client then shows that wall-clock time and its zone, also for a werkbezoek seen
/// from elsewhere and across the switch to summer time. UTC would be as exact but shows a reader a zone nobody chose.
/// </para>
/// <para>
/// The UID (<c>event-{id}@{host}</c>) stays the same whatever changes, so a client updates its copy instead of adding
/// one. SEQUENCE should grow with every significant change, which needs a revision counter the event does not store;
/// it is 0, and 1 once the event is cancelled (a cancellation is never undone), so an imported copy that learns of
/// the cancellation takes it. DTSTAMP is the moment the calendar was made, as RFC 5545 asks when METHOD is present.
/// </para>
/// </remarks>
internal static class EventCalendar
{
    public const string MediaType = "text/calendar; charset=utf-8";
    public const string ProductId = "-//Provincie Utrecht//Wijkpeil Community of Practice//NL";
    public const string TimeZoneId = "Europe/Amsterdam";

    /// <summary>How often a subscribed client should fetch the feed again, so a change or cancellation reaches it the same day.</summary>
    public const string RefreshInterval = "PT1H";

    /// <summary>The <c>.ics</c> of one event.</summary>
    public static string ForEvent(CalendarEntry entry, Uri site, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var calendar = NewCalendar([entry], now);
        calendar.Events.Add(Event(entry, site, now));
        return Serialise(calendar);
    }

    /// <summary>A feed of <paramref name="entries"/> named <paramref name="calendarName"/>, earliest first.</summary>
    public static string Feed(IReadOnlyCollection<CalendarEntry> entries, string calendarName, Uri site, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarName);
        var calendar = NewCalendar(entries, now);
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty(new CalendarProperty("REFRESH-INTERVAL", RefreshInterval) { Parameters = { new CalendarParameter("VALUE", "DURATION") } });
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        foreach (var entry in entries.OrderBy(e => e.Event.StartsAt).ThenBy(e => e.Event.Id))
        {
            calendar.Events.Add(Event(entry, site, now));
        }

        return Serialise(calendar);
    }

    /// <summary>The event's UID: its id at the site's host, the same in every calendar made of it.</summary>
    public static string Uid(int eventId, Uri site) => $"event-{eventId}@{site.IdnHost}";

    private static IcalCalendar NewCalendar(IReadOnlyCollection<CalendarEntry> entries, DateTimeOffset now)
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };

        // Always one VTIMEZONE, from the earliest start on: the zone's rules for every time in the calendar, and a
        // component even in an empty feed (RFC 5545 wants at least one). Never later than now: Ical.Net reads the
        // zone's intervals up to a limit of its own near the present, and throws for a start beyond it (an event in
        // 2030); the rules from now on cover any later time.
        var earliest = entries.Count == 0 ? now : entries.Min(e => e.Event.StartsAt);
        earliest = earliest < now ? earliest : now;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, earliest.UtcDateTime, includeHistoricalData: false));
        return calendar;
    }

    private static CalendarEvent Event(CalendarEntry entry, Uri site, DateTimeOffset now)
    {
        var e = entry.Event;
        if (e.Id <= 0 || !e.IsPublished)
        {
            throw new ArgumentException("Only a saved, published event goes into a calendar.", nameof(entry));
        }

        var page = PageUrl(site, entry.PagePath);
        var cancelled = e.CancelledAt is not null;
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(e.Id, site),
            DtStamp = Utc(now),
            DtStart = Utc(e.StartsAt).ToTimeZone(TimeZoneId),
            DtEnd = Utc(e.EndsAt).ToTimeZone(TimeZoneId),
            Summary = e.Title,
            Description = Description(e, page),
            Location = entry.Place?.Location ?? e.Address,
            Url = page,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Sequence = cancelled ? 1 : 0,
        };
        if (entry.Place?.Point is { } point)
        {
            calendarEvent.GeographicLocation = new GeographicLocation(point.Latitude, point.Longitude);
        }

        return calendarEvent;
    }

    // Most clients show DESCRIPTION but not URL, so the page's address also ends the description.
    private static string Description(CommunityEvent e, Uri page)
    {
        var text = MarkdownPlainText.From(e.Description);
        return text.Length == 0 ? page.AbsoluteUri : $"{text}\n\n{page.AbsoluteUri}";
    }

    private static Uri PageUrl(Uri site, string pagePath)
    {
        if (!site.IsAbsoluteUri || site.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException("The site's address must be an absolute http(s) address.", nameof(site));
        }

        // A trailing slash keeps a path base (https://host/wijkpeil/) when the page path is resolved against it.
        var root = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");
        return new Uri(root, pagePath.TrimStart('/'));
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, hasTime: true);

    private static string Serialise(IcalCalendar calendar) =>
        ContentLines.Refold(new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("Ical.Net produced no calendar text."));
}
