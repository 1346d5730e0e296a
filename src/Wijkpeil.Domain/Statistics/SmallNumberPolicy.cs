namespace Wijkpeil.Domain.Statistics;

/// <summary>
/// Public outputs never show a survey figure based on fewer respondents than the threshold; the
/// figure is replaced by the reason it is hidden.
/// </summary>
public sealed record SmallNumberPolicy
{
    public const int DefaultThreshold = 30;

    public SmallNumberPolicy(int threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        Threshold = threshold;
    }

    public int Threshold { get; }

    /// <summary>Suppressed when a sample size is known and below the threshold; figures without a sample size (registers) are shown.</summary>
    public bool IsSuppressed(int? sampleSize) => sampleSize.HasValue && sampleSize.Value < Threshold;

    public string ReasonNl(int sampleSize) =>
        $"Niet getoond: gebaseerd op {sampleSize} respondenten, minder dan de ondergrens van {Threshold}.";

    public string ReasonEn(int sampleSize) =>
        $"Not shown: based on {sampleSize} respondents, fewer than the minimum of {Threshold}.";
}
