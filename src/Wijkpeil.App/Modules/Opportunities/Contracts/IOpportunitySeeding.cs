namespace Wijkpeil.App.Modules.Opportunities.Contracts;

/// <summary>
/// Meekoppelkansen that come with Wijkpeil rather than from a person: the progress letter's related programmes and its
/// four examples, with the letter as source and no amounts (<see cref="Wijkpeil.Domain.Opportunities.LetterOpportunities"/>).
/// </summary>
public interface IOpportunitySeeding
{
    /// <summary>
    /// Adds the letter's related programmes (those not there by name) and its opportunities to
    /// <paramref name="programmeSlug"/>; not audited (the default's change, nobody's). Returns false when there is no
    /// such programme. The caller makes sure it runs once.
    /// </summary>
    Task<bool> SeedLetterAsync(string programmeSlug, CancellationToken cancellationToken = default);
}
