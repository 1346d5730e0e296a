using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces.Contracts;

/// <summary>
/// Meeting places that come with Wijkpeil rather than from a person: the embedded default's register entries for the
/// places the progress letter names (<see cref="VitaleWijkenMeetingPlaces"/>).
/// </summary>
public interface IMeetingPlaceSeeding
{
    /// <summary>
    /// Adds <paramref name="places"/> to the programme <paramref name="programmeSlug"/>, not audited (the default's change,
    /// nobody's). Returns false, adding nothing, when there is no such programme or it has meeting places already. The
    /// caller makes sure it runs once; a place the domain refuses is a bug in the seed and throws.
    /// </summary>
    Task<bool> SeedAsync(string programmeSlug, IReadOnlyList<MeetingPlaceDetails> places, CancellationToken cancellationToken = default);
}
