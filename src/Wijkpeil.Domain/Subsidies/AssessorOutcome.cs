namespace Wijkpeil.Domain.Subsidies;

/// <summary>One assessor's result in an <see cref="AssessmentResult"/>.</summary>
/// <param name="Index">The position of the assessor's scores in the input of <see cref="AssessmentScoring.Score"/>.</param>
/// <param name="WeightedMean">The weighted mean over the criteria scored (2 decimals); null when every criterion was n/a.</param>
public sealed record AssessorOutcome(int Index, decimal? WeightedMean)
{
    /// <summary>True when the assessor marked every criterion n/a, so gave no mean.</summary>
    public bool AllNotApplicable => WeightedMean is null;
}
