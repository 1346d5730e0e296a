using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class AssessmentScoringTests
{
    private static readonly ScoreScale OneToFive = ScoreScale.Create(1, 5).Value;

    // Weights 2, 1, 1 on a 1–5 scale.
    private static readonly WeightedCriterion[] Criteria = [new(1, 2), new(2, 1), new(3, 1)];

    /// <summary>One assessor's sheet; null means "niet van toepassing".</summary>
    private static CriterionScore[] Sheet(params int?[] scores) =>
        [.. scores.Select((score, i) => CriterionScore.Create(i + 1, score, score is null, "Motivering", OneToFive).Value)];

    private static AssessmentResult Score(decimal minimum, params CriterionScore[][] sheets) =>
        AssessmentScoring.Score(Criteria, sheets, OneToFive, minimum);

    [Fact]
    public void Score_NotApplicable_IsLeftOutNotCountedAsZero()
    {
        // (2×4 + 1×2) / (2 + 1) = 10/3 = 3.33; counting n/a as 0 would give (8 + 0 + 2) / 4 = 2.5.
        var result = Score(3m, Sheet(4, null, 2));

        Assert.Equal(3.33m, result.Score);
        Assert.Equal(3.33m, Assert.Single(result.Assessors).WeightedMean);
        Assert.True(result.MeetsMinimum);
    }

    [Fact]
    public void Score_TwoAssessors_MeanOfTheirWeightedMeans()
    {
        // 10/3 = 3.333… and (2×3 + 4 + 3)/4 = 3.25; mean 3.2916… → 3.29.
        var result = Score(3m, Sheet(4, null, 2), Sheet(3, 4, 3));

        Assert.Equal(3.29m, result.Score);
        Assert.Equal([3.33m, 3.25m], result.Assessors.Select(a => a.WeightedMean));
        Assert.Equal(0.08m, result.Spread);
        Assert.False(result.LargeSpread);
        Assert.Equal(0, result.AssessorsWithoutMean);
    }

    [Fact]
    public void Score_TwoAssessors_PerCriterionMeanSpreadAndCounts()
    {
        var result = Score(3m, Sheet(4, null, 2), Sheet(3, 4, 3));

        Assert.Equal(
            [
                new CriterionOutcome(1, 2, 3.5m, 1, 2, 0, LargeSpread: false),
                new CriterionOutcome(2, 1, 4m, 0, 1, 1, LargeSpread: false),
                new CriterionOutcome(3, 1, 2.5m, 1, 2, 0, LargeSpread: false),
            ],
            result.Criteria);
    }

    [Fact]
    public void Score_RoundsHalfAwayFromZero()
    {
        // Weights 3 and 5, scores 1 and 2: 13/8 = 1.625 → 1.63 (banker's rounding would give 1.62).
        WeightedCriterion[] criteria = [new(1, 3), new(2, 5)];
        var scale = ScoreScale.Create(0, 10).Value;
        CriterionScore[] sheet = [CriterionScore.Create(1, 1, false, "r", scale).Value, CriterionScore.Create(2, 2, false, "r", scale).Value];

        var result = AssessmentScoring.Score(criteria, [sheet], scale, 0m);

        Assert.Equal(1.63m, result.Score);
    }

    [Fact]
    public void Score_LargeDifferences_FlaggedOnCriteriaAndTotal()
    {
        // Means 1 and (2×5 + 5 + 3)/4 = 4.5: 3.5 apart, at least a quarter of the range 4.
        var result = Score(3m, Sheet(1, 1, 1), Sheet(5, 5, 3));

        Assert.True(result.LargeSpread);
        Assert.Equal(3.5m, result.Spread);
        Assert.Equal(2.75m, result.Score);
        Assert.False(result.MeetsMinimum);
        Assert.Equal([4, 4, 2], result.Criteria.Select(c => c.Spread));
        Assert.All(result.Criteria, c => Assert.True(c.LargeSpread)); // spread 2 is exactly half the range: flagged
    }

    [Fact]
    public void Score_SpreadJustBelowThresholds_NotFlagged()
    {
        // Criterion spreads of 1 are below half of 4; means 3 and 3.75 differ by 0.75, below a quarter of 4.
        var result = Score(3m, Sheet(3, 3, 3), Sheet(4, 4, 3));

        Assert.False(result.LargeSpread);
        Assert.All(result.Criteria, c => Assert.False(c.LargeSpread));
    }

    [Fact]
    public void Score_MeansExactlyAQuarterOfRangeApart_Flagged()
    {
        var result = Score(3m, Sheet(3, 3, 3), Sheet(4, 4, 4));

        Assert.Equal(1m, result.Spread);
        Assert.True(result.LargeSpread);
        Assert.All(result.Criteria, c => Assert.False(c.LargeSpread));
    }

    [Fact]
    public void Score_AssessorAllNotApplicable_GivesNoMeanAndIsLeftOut()
    {
        var result = Score(3m, Sheet(null, null, null), Sheet(4, 4, 4));

        Assert.Equal(4m, result.Score);
        Assert.Equal(1, result.AssessorsWithoutMean);
        Assert.True(result.Assessors[0].AllNotApplicable);
        Assert.Null(result.Assessors[0].WeightedMean);
        Assert.False(result.Assessors[1].AllNotApplicable);
        Assert.Equal(0m, result.Spread);
    }

    [Fact]
    public void Score_NobodyScored_ScoreNullAndMinimumNotMet()
    {
        var result = Score(0m, Sheet(null, null, null), Sheet(null, null, null));

        Assert.Null(result.Score);
        Assert.Null(result.Spread);
        Assert.False(result.MeetsMinimum);
        Assert.False(result.LargeSpread);
        Assert.Equal(2, result.AssessorsWithoutMean);
        Assert.All(result.Criteria, c => Assert.Equal((null, null, 0, 2), (c.Mean, c.Spread, c.ScoredBy, c.NotApplicableBy)));
    }

    [Fact]
    public void Score_NoAssessors_ScoreNull()
    {
        var result = Score(0m);

        Assert.Null(result.Score);
        Assert.Empty(result.Assessors);
        Assert.Equal(3, result.Criteria.Count);
    }

    [Theory]
    [InlineData("3.33", true)]
    [InlineData("3.34", false)]
    public void Score_MinimumComparedWithRoundedScore(string minimum, bool meets)
    {
        var result = Score(decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture), Sheet(4, null, 2));

        Assert.Equal(meets, result.MeetsMinimum);
    }

    [Fact]
    public void Score_IncompleteSheet_Throws()
    {
        CriterionScore[] partial = [.. Sheet(4, 4, 4).Take(2)];

        Assert.Throws<ArgumentException>(() => Score(3m, partial));
    }

    [Fact]
    public void Score_NonPositiveWeightOrDuplicateCriterion_Throws()
    {
        Assert.Throws<ArgumentException>(() => AssessmentScoring.Score([new(1, 0)], [], OneToFive, 0m));
        Assert.Throws<ArgumentException>(() => AssessmentScoring.Score([new(1, 1), new(1, 2)], [], OneToFive, 0m));
    }

    [Fact]
    public void Score_ScoreOffTheGivenScale_Throws()
    {
        var tenPoint = ScoreScale.Create(0, 10).Value;
        CriterionScore[] sheet = [.. Enumerable.Range(1, 3).Select(id => CriterionScore.Create(id, 9, false, "r", tenPoint).Value)];

        Assert.Throws<ArgumentException>(() => Score(3m, sheet));
    }

    [Fact]
    public void CheckSheet_Complete_ReturnsScores()
    {
        var sheet = Sheet(4, null, 2);

        Assert.Same(sheet, AssessmentScoring.CheckSheet(Criteria, sheet).Value);
    }

    [Fact]
    public void CheckSheet_MissingCriteria_ReturnsIncompleteWithIds()
    {
        var result = AssessmentScoring.CheckSheet(Criteria, [.. Sheet(4).Take(1)]);

        Assert.Equal("subsidy.score.incomplete", result.Error?.Code);
        Assert.Equal("scores", result.Error?.Field);
        Assert.Equal([2, "2, 3"], result.Error?.Arguments);
    }

    [Fact]
    public void CheckSheet_UnknownCriterion_ReturnsUnknownCriterion()
    {
        CriterionScore[] sheet = [.. Sheet(4, 4, 4), CriterionScore.Create(9, 3, false, "r", OneToFive).Value];

        var result = AssessmentScoring.CheckSheet(Criteria, sheet);

        Assert.Equal("subsidy.score.unknown_criterion", result.Error?.Code);
        Assert.Equal([9], result.Error?.Arguments);
    }

    [Fact]
    public void CheckSheet_CriterionTwice_ReturnsDuplicateCriterion()
    {
        CriterionScore[] sheet = [.. Sheet(4, 4, 4), CriterionScore.Create(2, 3, false, "r", OneToFive).Value];

        Assert.Equal("subsidy.score.duplicate_criterion", AssessmentScoring.CheckSheet(Criteria, sheet).Error?.Code);
    }
}
