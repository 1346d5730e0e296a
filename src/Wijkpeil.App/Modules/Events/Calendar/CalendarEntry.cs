using Wijkpeil.Domain.Learning;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.Events.Calendar;

/// <summary>One published event as a calendar shows it, with what the event itself does not hold.</summary>
/// <param name="Event">The event (saved, so it has an id, and published).</param>
/// <param name="PagePath">Its public page relative to the site, e.g. <c>bijeenkomsten/7</c>.</param>
/// <param name="Place">The meeting place from the register when the event is held there; else the event's address is used.</param>
internal sealed record CalendarEntry(CommunityEvent Event, string PagePath, CalendarPlace? Place = null);

/// <summary>A meeting place as a calendar names it: "name, address", and its point when known.</summary>
/// <param name="Name">The place's name.</param>
/// <param name="Address">Its address, when known.</param>
/// <param name="Point">Its point, when known (the calendar's GEO).</param>
internal sealed record CalendarPlace(string Name, string? Address = null, GeoPoint? Point = null)
{
    /// <summary>The text of the calendar's LOCATION.</summary>
    public string Location => Address is null ? Name : $"{Name}, {Address}";
}
