namespace Wijkpeil.Domain.Subsidies;

/// <summary>The scored assessment of one application (see <see cref="AssessmentScoring.Score"/>).</summary>
/// <param name="Score">The mean of the assessors' weighted means, 2 decimals (half away from zero); null when nobody scored.</param>
/// <param name="MeetsMinimum">The (rounded) score is at least the scheme's minimum; false without a score.</param>
/// <param name="Spread">Highest minus lowest assessor mean (2 decimals); null when nobody scored.</param>
/// <param name="LargeSpread">The assessors' means differ by at least <see cref="AssessmentScoring.LargeTotalSpreadShare"/> of the range.</param>
/// <param name="Assessors">Per assessor, in input order.</param>
/// <param name="Criteria">Per criterion, in input order.</param>
public sealed record AssessmentResult(
    decimal? Score,
    bool MeetsMinimum,
    decimal? Spread,
    bool LargeSpread,
    IReadOnlyList<AssessorOutcome> Assessors,
    IReadOnlyList<CriterionOutcome> Criteria)
{
    /// <summary>How many assessors gave no mean because they marked every criterion n/a.</summary>
    public int AssessorsWithoutMean => Assessors.Count(a => a.AllNotApplicable);
}
