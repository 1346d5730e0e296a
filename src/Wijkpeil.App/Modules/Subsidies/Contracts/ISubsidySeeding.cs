namespace Wijkpeil.App.Modules.Subsidies.Contracts;

/// <summary>
/// Subsidy data that comes with Wijkpeil rather than from a person: the optional example scheme and applications of
/// <c>wijkpeil demo load</c>, every one marked as example data, so every page, download and agenda block says
/// "voorbeeldgegevens". Never part of the embedded default.
/// </summary>
public interface ISubsidySeeding
{
    /// <summary>
    /// Adds the example scheme of <paramref name="programmeSlug"/> (published, linked to the agenda project named in
    /// the programme's letter when there is one) with granted example applications, in one transaction; returns how
    /// many applications were added, 0 when examples are there already, null when there is no such programme.
    /// </summary>
    Task<int?> AddExamplesAsync(string programmeSlug, CancellationToken cancellationToken = default);

    /// <summary>Deletes every example application and example scheme; returns how many applications. People's own data stays.</summary>
    Task<int> RemoveExamplesAsync(CancellationToken cancellationToken = default);
}
