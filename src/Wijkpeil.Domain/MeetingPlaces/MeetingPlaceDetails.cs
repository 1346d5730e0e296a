namespace Wijkpeil.Domain.MeetingPlaces;

/// <summary>What a coordinator fills in for a meeting place, as typed; <see cref="MeetingPlace"/> checks it.</summary>
/// <param name="FocusAreaCode">The programme's focus-area code (slug), e.g. <c>batau</c>.</param>
/// <param name="Name">The place's name as the neighbourhood knows it, e.g. <c>Het Muntpunt</c>.</param>
/// <param name="Description">Markdown, kept as typed.</param>
/// <param name="Activities">What happens there: activities and spreekuren, as text.</param>
/// <param name="Address">Street, number and town, when known.</param>
/// <param name="Latitude">WGS84 latitude of its point on the area map, when known; only with <paramref name="Longitude"/>.</param>
/// <param name="Longitude">WGS84 longitude, when known; only with <paramref name="Latitude"/>.</param>
/// <param name="Source">Where the information comes from (a document, a visit), so a reader can check it.</param>
public sealed record MeetingPlaceDetails(
    string? FocusAreaCode,
    string? Name,
    string? Description = null,
    string? Activities = null,
    string? Address = null,
    double? Latitude = null,
    double? Longitude = null,
    string? Source = null);
