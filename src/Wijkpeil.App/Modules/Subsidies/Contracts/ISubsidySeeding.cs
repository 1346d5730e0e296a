namespace Wijkpeil.App.Modules.Subsidies.Contracts;

/// <summary>
/// Subsidy data that comes with Wijkpeil rather than from a person: the embedded default's record of the scheme the
/// progress letter names (<see cref="SeedDefaultAsync"/>, a scheme run outside Wijkpeil, without applications or
/// amounts), and the optional example scheme and applications of <c>wijkpeil demo load</c>, every one marked as
/// example data, so every page, download and agenda block says "voorbeeldgegevens".
/// </summary>
public interface ISubsidySeeding
{
    /// <summary>
    /// Adds the letter's Soesterkwartier scheme to <paramref name="programmeSlug"/> as a scheme run outside Wijkpeil
    /// (published, "opengesteld", no plafond, dates or applications), linked to the agenda's subsidy project when it is
    /// there; not audited (the default's change, nobody's). Returns false when there is no such programme or the slug
    /// is taken. The caller makes sure it runs once.
    /// </summary>
    Task<bool> SeedDefaultAsync(string programmeSlug, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the example scheme of <paramref name="programmeSlug"/> (published, linked to the agenda project named in
    /// the programme's letter when there is one) with granted example applications, in one transaction; returns how
    /// many applications were added, 0 when examples are there already, null when there is no such programme.
    /// </summary>
    Task<int?> AddExamplesAsync(string programmeSlug, CancellationToken cancellationToken = default);

    /// <summary>Deletes every example application and example scheme; returns how many applications. People's own data stays.</summary>
    Task<int> RemoveExamplesAsync(CancellationToken cancellationToken = default);
}
