using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>A submitted score on one criterion; "niet van toepassing" has no value and leaves the criterion out of the mean.</summary>
public sealed class AssessmentScore
{
    private AssessmentScore()
    {
        Reason = string.Empty;
    }

    public int Id { get; private set; }

    public int CriterionId { get; private set; }

    public int? Score { get; private set; }

    public bool NotApplicable { get; private set; }

    public string Reason { get; private set; }

    /// <summary>A stored score from the rule's checked score; errors name the field <c>scores[criterionId].score|reason</c>.</summary>
    internal static Result<AssessmentScore> Create(SchemeCriterion criterion, ScoreInput given, ScoreScale scale)
    {
        var score = CriterionScore.Create(criterion.Id, given.Score, given.NotApplicable, given.Reason, scale);
        return score.IsSuccess
            ? new AssessmentScore { CriterionId = criterion.Id, Score = score.Value.Score, NotApplicable = score.Value.NotApplicable, Reason = score.Value.Reason }
            : score.Error! with { Field = $"scores[{criterion.Id}].{score.Error.Field}" };
    }

    /// <summary>The score as the scoring rules read it.</summary>
    public CriterionScore AsRuleScore(ScoreScale scale) => CriterionScore.Create(CriterionId, Score, NotApplicable, Reason, scale).Value;
}
