using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// Turns the assessors' criterion scores into the application's score. "Niet van toepassing" leaves a criterion and its
/// weight out of an assessor's mean rather than counting as 0, and large differences between assessors are flagged so
/// they are discussed before a decision rests on them (Awb 3:2, careful preparation; Awb 3:46, a sound motivation).
/// </summary>
public static class AssessmentScoring
{
    /// <summary>
    /// A criterion's spread (highest − lowest score) of at least this share of the scale's range is large: on 1–5, two
    /// assessors giving 1 and 3 disagree about half of what the scale can express.
    /// </summary>
    public const decimal LargeCriterionSpreadShare = 0.5m;

    /// <summary>
    /// Assessors' weighted means differing by at least this share of the range is large: a mean smooths out single
    /// criteria, so a smaller gap between means already signals a different reading of the application.
    /// </summary>
    public const decimal LargeTotalSpreadShare = 0.25m;

    /// <summary>
    /// Checks that one assessor's sheet scores every criterion exactly once and nothing else, before it is submitted.
    /// </summary>
    /// <returns>
    /// The scores; or <c>subsidy.score.unknown_criterion</c> (argument: the id), <c>subsidy.score.duplicate_criterion</c>
    /// (the id), <c>subsidy.score.incomplete</c> (the number missing, then their ids comma-separated).
    /// </returns>
    public static Result<IReadOnlyList<CriterionScore>> CheckSheet(IReadOnlyList<WeightedCriterion> criteria, IReadOnlyList<CriterionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(scores);

        var known = criteria.Select(c => c.Id).ToHashSet();
        var seen = new HashSet<int>();
        foreach (var score in scores)
        {
            if (!known.Contains(score.CriterionId))
            {
                return Result<IReadOnlyList<CriterionScore>>.Failure(
                    "subsidy.score.unknown_criterion",
                    string.Create(CultureInfo.InvariantCulture, $"Criterium {score.CriterionId} hoort niet bij deze regeling."),
                    "scores",
                    score.CriterionId);
            }

            if (!seen.Add(score.CriterionId))
            {
                return Result<IReadOnlyList<CriterionScore>>.Failure(
                    "subsidy.score.duplicate_criterion",
                    string.Create(CultureInfo.InvariantCulture, $"Criterium {score.CriterionId} is twee keer gescoord."),
                    "scores",
                    score.CriterionId);
            }
        }

        var missing = criteria.Select(c => c.Id).Where(id => !seen.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            var ids = string.Join(", ", missing.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            return Result<IReadOnlyList<CriterionScore>>.Failure(
                "subsidy.score.incomplete",
                string.Create(CultureInfo.InvariantCulture, $"Scoor elk criterium of kies 'niet van toepassing'; {missing.Count} ontbreken (criteria {ids})."),
                "scores",
                missing.Count,
                ids);
        }

        return Result<IReadOnlyList<CriterionScore>>.Success(scores);
    }

    /// <summary>
    /// The score of one application from the submitted sheets of its assessors.
    /// </summary>
    /// <param name="criteria">The scheme's criteria with their weights (each weight &gt; 0, ids distinct).</param>
    /// <param name="scoresPerAssessor">One complete sheet per assessor (see <see cref="CheckSheet"/>); a bug otherwise.</param>
    /// <param name="scale">The published scale the scores are on.</param>
    /// <param name="minimumScore">The scheme's minimum score.</param>
    /// <remarks>
    /// Per assessor: Σ(weight × score) / Σ(weight) over the criteria not marked n/a. The application's score is the plain
    /// mean of the assessors' means (each assessor counts once), computed unrounded and then rounded half away from
    /// zero to 2 decimals; <see cref="AssessmentResult.MeetsMinimum"/> compares that rounded score, the figure the
    /// applicant is shown.
    /// </remarks>
    public static AssessmentResult Score(
        IReadOnlyList<WeightedCriterion> criteria,
        IReadOnlyList<IReadOnlyList<CriterionScore>> scoresPerAssessor,
        ScoreScale scale,
        decimal minimumScore)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(scoresPerAssessor);
        ArgumentNullException.ThrowIfNull(scale);
        if (criteria.Any(c => c.Weight <= 0))
        {
            throw new ArgumentException("Every criterion weight is positive.", nameof(criteria));
        }

        if (criteria.Select(c => c.Id).Distinct().Count() != criteria.Count)
        {
            throw new ArgumentException("Criterion ids are distinct.", nameof(criteria));
        }

        var sheets = new List<Dictionary<int, CriterionScore>>(scoresPerAssessor.Count);
        foreach (var sheet in scoresPerAssessor)
        {
            var checkedSheet = CheckSheet(criteria, sheet);
            if (!checkedSheet.IsSuccess)
            {
                throw new ArgumentException($"An assessor's sheet is incomplete or wrong: {checkedSheet.Error!.Message}", nameof(scoresPerAssessor));
            }

            if (sheet.Any(s => s.Score is { } value && !scale.Contains(value)))
            {
                throw new ArgumentException("A score lies outside the scale.", nameof(scoresPerAssessor));
            }

            sheets.Add(sheet.ToDictionary(s => s.CriterionId));
        }

        var means = sheets.Select(sheet => WeightedMean(criteria, sheet)).ToList();
        var assessors = means.Select((mean, index) => new AssessorOutcome(index, RoundOrNull(mean))).ToList();
        var criterionOutcomes = criteria.Select(c => Outcome(c, sheets, scale)).ToList();

        var scored = means.OfType<decimal>().ToList();
        if (scored.Count == 0)
        {
            return new AssessmentResult(null, MeetsMinimum: false, Spread: null, LargeSpread: false, assessors, criterionOutcomes);
        }

        var score = Round(scored.Sum() / scored.Count);
        var spread = scored.Max() - scored.Min();
        return new AssessmentResult(
            score,
            MeetsMinimum: score >= minimumScore,
            Round(spread),
            LargeSpread: spread >= scale.Range * LargeTotalSpreadShare,
            assessors,
            criterionOutcomes);
    }

    private static decimal? WeightedMean(IReadOnlyList<WeightedCriterion> criteria, Dictionary<int, CriterionScore> sheet)
    {
        var weightedSum = 0m;
        var weights = 0m;
        foreach (var criterion in criteria)
        {
            // n/a leaves both the score and its weight out, so the divisor never counts a criterion that was not judged.
            if (sheet[criterion.Id].Score is { } score)
            {
                weightedSum += criterion.Weight * score;
                weights += criterion.Weight;
            }
        }

        return weights == 0m ? null : weightedSum / weights;
    }

    private static CriterionOutcome Outcome(WeightedCriterion criterion, List<Dictionary<int, CriterionScore>> sheets, ScoreScale scale)
    {
        var scores = sheets.Select(s => s[criterion.Id].Score).OfType<int>().ToList();
        var notApplicable = sheets.Count - scores.Count;
        if (scores.Count == 0)
        {
            return new CriterionOutcome(criterion.Id, criterion.Weight, null, null, 0, notApplicable, LargeSpread: false);
        }

        var spread = scores.Max() - scores.Min();
        return new CriterionOutcome(
            criterion.Id,
            criterion.Weight,
            Round((decimal)scores.Sum() / scores.Count),
            spread,
            scores.Count,
            notApplicable,
            LargeSpread: spread >= scale.Range * LargeCriterionSpreadShare);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal? RoundOrNull(decimal? value) => value is { } v ? Round(v) : null;
}
