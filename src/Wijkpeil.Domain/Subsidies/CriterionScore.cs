using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// One assessor's judgement of one criterion: a score on the scale, or "niet van toepassing", always with a reason. The
/// reason is what the decision's motivation per criterion is built from (Awb 3:46, 4:26).
/// </summary>
public sealed record CriterionScore
{
    /// <summary>The longest reason accepted, in characters.</summary>
    public const int ReasonMaxLength = 2000;

    private CriterionScore(int criterionId, int? score, bool notApplicable, string reason)
    {
        CriterionId = criterionId;
        Score = score;
        NotApplicable = notApplicable;
        Reason = reason;
    }

    /// <summary>The criterion judged.</summary>
    public int CriterionId { get; }

    /// <summary>The score on the scale; null exactly when <see cref="NotApplicable"/>.</summary>
    public int? Score { get; }

    /// <summary>
    /// The criterion does not apply to this application: it is left out of the weighted mean, not counted as 0 (counting
    /// it as 0 would punish an application for a criterion it could not meet).
    /// </summary>
    public bool NotApplicable { get; }

    /// <summary>Why this score (or why not applicable), trimmed.</summary>
    public string Reason { get; }

    /// <summary>A score for criterion <paramref name="criterionId"/> on <paramref name="scale"/>.</summary>
    /// <returns>
    /// <c>subsidy.score.reason_required</c> / <c>subsidy.score.reason_too_long</c>;
    /// <c>subsidy.score.not_applicable_with_score</c> when n/a comes with a score; <c>subsidy.score.required</c> when
    /// neither a score nor n/a is given; <c>subsidy.score.out_of_scale</c> (arguments: min, max, score).
    /// </returns>
    public static Result<CriterionScore> Create(int criterionId, int? score, bool notApplicable, string? reason, ScoreScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<CriterionScore>.Failure(
                "subsidy.score.reason_required",
                "Geef bij elk criterium een motivering, ook bij 'niet van toepassing'.",
                "reason");
        }

        var trimmed = reason.Trim();
        if (trimmed.Length > ReasonMaxLength)
        {
            return Result<CriterionScore>.Failure(
                "subsidy.score.reason_too_long",
                string.Create(CultureInfo.InvariantCulture, $"De motivering is te lang: {trimmed.Length} tekens, maximaal {ReasonMaxLength}."),
                "reason",
                trimmed.Length,
                ReasonMaxLength);
        }

        if (notApplicable)
        {
            return score is null
                ? new CriterionScore(criterionId, null, notApplicable: true, trimmed)
                : Result<CriterionScore>.Failure(
                    "subsidy.score.not_applicable_with_score",
                    "Laat de score leeg als het criterium niet van toepassing is.",
                    "score",
                    score);
        }

        if (score is not { } value)
        {
            return Result<CriterionScore>.Failure(
                "subsidy.score.required",
                "Geef een score of kies 'niet van toepassing'.",
                "score");
        }

        if (!scale.Contains(value))
        {
            return Result<CriterionScore>.Failure(
                "subsidy.score.out_of_scale",
                string.Create(CultureInfo.InvariantCulture, $"De score moet tussen {scale.Min} en {scale.Max} liggen (gegeven {value})."),
                "score",
                scale.Min,
                scale.Max,
                value);
        }

        return new CriterionScore(criterionId, value, notApplicable: false, trimmed);
    }
}
