using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// An application's score from the submitted sheets of its active assessors, by <see cref="AssessmentScoring"/>: an
/// assessor who declared a conflict or has not submitted does not count.
/// </summary>
internal static class ApplicationScores
{
    /// <summary>The sheets that count, in the order given (the result's assessors follow it).</summary>
    public static IReadOnlyList<Assessment> Counted(IEnumerable<Assessment> assessments) =>
        [.. assessments.Where(a => a.IsActive && a.SubmittedAt is not null)];

    public static AssessmentResult Of(SubsidyScheme scheme, IReadOnlyList<Assessment> counted)
    {
        var scale = scheme.Scale;
        var criteria = scheme.Criteria.OrderBy(c => c.Position).Select(c => new WeightedCriterion(c.Id, c.Weight)).ToList();
        var sheets = counted.Select(a => (IReadOnlyList<CriterionScore>)[.. a.Scores.Select(s => s.AsRuleScore(scale))]).ToList();
        return AssessmentScoring.Score(criteria, sheets, scale, scheme.MinimumScore);
    }
}
