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

    internal static Result<AssessmentScore> Create(SchemeCriterion criterion, ScoreInput given, int scaleMin, int scaleMax)
    {
        var field = $"scores[{criterion.Id}]";
        var reason = TextRules.Required(given.Reason, 2_000, "subsidy.score.reason", $"de reden bij '{criterion.Name}'", field + ".reason");
        if (!reason.IsSuccess)
        {
            return reason.Error! with { Arguments = [criterion.Name] };
        }

        if (given.NotApplicable)
        {
            return given.Score is null
                ? new AssessmentScore { CriterionId = criterion.Id, NotApplicable = true, Reason = reason.Value }
                : Result<AssessmentScore>.Failure("subsidy.score.both", $"Geef bij '{criterion.Name}' een score of 'niet van toepassing', niet allebei.", field, criterion.Name);
        }

        return given.Score is { } score && score >= scaleMin && score <= scaleMax
            ? new AssessmentScore { CriterionId = criterion.Id, Score = score, Reason = reason.Value }
            : Result<AssessmentScore>.Failure("subsidy.score.out_of_scale", $"Geef bij '{criterion.Name}' een score van {scaleMin} tot en met {scaleMax}, of kies 'niet van toepassing'.", field, criterion.Name, scaleMin, scaleMax);
    }
}
