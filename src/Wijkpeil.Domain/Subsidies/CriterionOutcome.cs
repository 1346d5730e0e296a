namespace Wijkpeil.Domain.Subsidies;

/// <summary>One criterion across the assessors in an <see cref="AssessmentResult"/>.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Mean">The mean score of the assessors who scored it (2 decimals); null when all marked it n/a.</param>
/// <param name="Spread">Highest minus lowest score among those assessors; null when nobody scored it.</param>
/// <param name="ScoredBy">How many assessors gave a score.</param>
/// <param name="NotApplicableBy">How many assessors marked it n/a.</param>
/// <param name="LargeSpread">
/// The spread is at least <see cref="AssessmentScoring.LargeCriterionSpreadShare"/> of the scale's range: the assessors
/// should discuss it before the decision.
/// </param>
public sealed record CriterionOutcome(int CriterionId, int Weight, decimal? Mean, int? Spread, int ScoredBy, int NotApplicableBy, bool LargeSpread);
