using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class CriterionScoreTests
{
    private static readonly ScoreScale OneToFive = ScoreScale.Create(1, 5).Value;

    [Fact]
    public void Create_ScoreOnScale_HoldsScoreAndTrimmedReason()
    {
        var score = CriterionScore.Create(7, 4, notApplicable: false, "  Sterk draagvlak in de buurt. ", OneToFive).Value;

        Assert.Equal(7, score.CriterionId);
        Assert.Equal(4, score.Score);
        Assert.False(score.NotApplicable);
        Assert.Equal("Sterk draagvlak in de buurt.", score.Reason);
    }

    [Fact]
    public void Create_NotApplicableWithoutScore_HasNoScore()
    {
        var score = CriterionScore.Create(7, null, notApplicable: true, "Geen fysieke ingreep.", OneToFive).Value;

        Assert.True(score.NotApplicable);
        Assert.Null(score.Score);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Create_NoReason_ReturnsReasonRequiredAlsoForNotApplicable(string? reason)
    {
        Assert.Equal("subsidy.score.reason_required", CriterionScore.Create(7, 4, false, reason, OneToFive).Error?.Code);
        var notApplicable = CriterionScore.Create(7, null, true, reason, OneToFive);
        Assert.Equal("subsidy.score.reason_required", notApplicable.Error?.Code);
        Assert.Equal("reason", notApplicable.Error?.Field);
    }

    [Fact]
    public void Create_ReasonTooLong_ReturnsReasonTooLong()
    {
        var result = CriterionScore.Create(7, 4, false, new string('x', CriterionScore.ReasonMaxLength + 1), OneToFive);

        Assert.Equal("subsidy.score.reason_too_long", result.Error?.Code);
        Assert.Equal([2001, 2000], result.Error?.Arguments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Create_ScoreOffScale_ReturnsOutOfScaleWithMinMax(int value)
    {
        var result = CriterionScore.Create(7, value, false, "Reden", OneToFive);

        Assert.Equal("subsidy.score.out_of_scale", result.Error?.Code);
        Assert.Equal("score", result.Error?.Field);
        Assert.Equal([1, 5, value], result.Error?.Arguments);
        Assert.Equal($"De score moet tussen 1 en 5 liggen (gegeven {value}).", result.Error?.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Create_ScoreOnBound_Succeeds(int value)
    {
        Assert.Equal(value, CriterionScore.Create(7, value, false, "Reden", OneToFive).Value.Score);
    }

    [Fact]
    public void Create_NotApplicableWithScore_ReturnsNotApplicableWithScore()
    {
        var result = CriterionScore.Create(7, 3, true, "Reden", OneToFive);

        Assert.Equal("subsidy.score.not_applicable_with_score", result.Error?.Code);
        Assert.Equal("score", result.Error?.Field);
    }

    [Fact]
    public void Create_NeitherScoreNorNotApplicable_ReturnsScoreRequired()
    {
        var result = CriterionScore.Create(7, null, false, "Reden", OneToFive);

        Assert.Equal("subsidy.score.required", result.Error?.Code);
        Assert.Equal("score", result.Error?.Field);
    }
}
