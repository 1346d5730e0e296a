using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.MeetingPlaces.Contracts;

/// <summary>
/// What the meeting-place register needs to know of events: the published ones held in a place, for its page ("what
/// happens there"). Declared here and implemented by the Events module, which already reads the register for its form:
/// the dependency runs one way (Events → MeetingPlaces), as the Agenda's <c>IAgendaStories</c> does. Drafts are nobody's
/// business but the organisers'.
/// </summary>
public interface IMeetingPlaceEvents
{
    /// <summary>The published events (cancelled ones included, marked) at meeting place <paramref name="meetingPlaceId"/>, by start.</summary>
    Task<IReadOnlyList<PlaceEvent>> AtAsync(int meetingPlaceId, CancellationToken cancellationToken = default);
}

/// <summary>An event in a meeting place, with its times in Europe/Amsterdam and the path of its public page.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Kind">Workshop, werkbezoek, themabijeenkomst or spreekuur.</param>
/// <param name="Title">Its title.</param>
/// <param name="StartsAt">Its start, as an instant (to split upcoming from past).</param>
/// <param name="StartsLocal">Its start in Europe/Amsterdam.</param>
/// <param name="EndsLocal">Its end in Europe/Amsterdam.</param>
/// <param name="IsCancelled">Whether it was cancelled.</param>
/// <param name="PagePath">Its public page.</param>
public sealed record PlaceEvent(int Id, EventKind Kind, string Title, DateTimeOffset StartsAt, DateTime StartsLocal, DateTime EndsLocal, bool IsCancelled, string PagePath);
