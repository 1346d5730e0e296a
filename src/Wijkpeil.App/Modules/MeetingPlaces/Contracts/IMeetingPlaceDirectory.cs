namespace Wijkpeil.App.Modules.MeetingPlaces.Contracts;

/// <summary>
/// What other modules may read of the meeting-place register to offer a place in a form or name and link it (an event's
/// place, an agenda project's): who the places are, not what happens there. Every place is public.
/// </summary>
public interface IMeetingPlaceDirectory
{
    /// <summary>Every place, by focus area, then name.</summary>
    Task<IReadOnlyList<MeetingPlaceEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The places among <paramref name="ids"/> (unknown ids are left out), by id; one database command.</summary>
    Task<IReadOnlyDictionary<int, MeetingPlaceEntry>> FindAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);
}

/// <summary>A place in the <see cref="IMeetingPlaceDirectory"/>; its page is <see cref="PagePath"/>.</summary>
/// <param name="Id">The place's id.</param>
/// <param name="ProgrammeId">The programme whose focus area it lies in.</param>
/// <param name="FocusAreaCode">That focus area's code (slug).</param>
/// <param name="Name">The name as the neighbourhood knows it.</param>
/// <param name="Address">The address, or null while unknown.</param>
public sealed record MeetingPlaceEntry(int Id, int ProgrammeId, string FocusAreaCode, string Name, string? Address)
{
    /// <summary>The place's public page.</summary>
    public string PagePath => MeetingPlaceLinks.Page(Id);
}

/// <summary>The register's public addresses, for links from other modules.</summary>
public static class MeetingPlaceLinks
{
    /// <summary>The list of places per focus area.</summary>
    public const string List = "/ontmoetingsplekken";

    /// <summary>One place's page.</summary>
    public static string Page(int id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{List}/{id}");
}
