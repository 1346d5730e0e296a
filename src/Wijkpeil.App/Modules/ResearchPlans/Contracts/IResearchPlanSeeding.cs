using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans.Contracts;

/// <summary>
/// Research plans that come with Wijkpeil rather than from a person: the embedded default's plans of the four focus
/// areas as the progress letter describes them (<see cref="VitaleWijkenResearchPlans"/>).
/// </summary>
public interface IResearchPlanSeeding
{
    /// <summary>
    /// Adds <paramref name="plans"/> to the programme <paramref name="programmeSlug"/>, not audited (the default's change,
    /// nobody's). Returns false, adding nothing, when there is no such programme or it has research plans already. The
    /// caller makes sure it runs once; a plan the domain refuses is a bug in the seed and throws.
    /// </summary>
    Task<bool> SeedAsync(string programmeSlug, IReadOnlyList<ResearchPlanDetails> plans, CancellationToken cancellationToken = default);
}
