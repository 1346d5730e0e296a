using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Tests.Modules.Events.Calendar;

/// <summary>Saved, published events for the calendar tests (the id is the database's to give, so it is set here by hand).</summary>
internal static class CalendarEvents
{
    public static readonly Uri Site = new("https://wijkpeil.example.nl");

    public static CommunityEvent Published(
        int id,
        DateTimeOffset startsAt,
        string title = "Werkbezoek Overvecht: NOA Tamarinde",
        string? description = "We bekijken de **Werkwinkel**.",
        string? address = "Tamarindedreef 1, Utrecht",
        int? meetingPlaceId = null)
    {
        var details = new EventDetails(
            EventKind.WorkVisitInRegion,
            title,
            description,
            startsAt,
            startsAt.AddHours(3),
            meetingPlaceId,
            address,
            Capacity: 20,
            startsAt.AddDays(-2),
            EventAudience.Open,
            [],
            [],
            [1],
            [],
            []);
        var created = CommunityEvent.Create(details).Value;
        typeof(CommunityEvent).GetProperty(nameof(CommunityEvent.Id))!.SetValue(created, id);
        created.Publish();
        return created;
    }
}
