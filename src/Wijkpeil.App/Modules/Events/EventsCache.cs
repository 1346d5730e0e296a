namespace Wijkpeil.App.Modules.Events;

/// <summary>
/// The cache tag of the public event pages and calendars: the list, the feed and each event's <c>.ics</c> carry it, and
/// every write that changes what they show (an event's details, publication, cancellation, a place taken or freed)
/// names it, so an anonymous reader never sees a stale list for long.
/// </summary>
public static class EventsCache
{
    public const string Tag = "events";
}
