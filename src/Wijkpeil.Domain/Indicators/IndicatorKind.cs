namespace Wijkpeil.Domain.Indicators;

/// <summary>What sort of number an indicator is; percentages are bounded to 0..100.</summary>
public enum IndicatorKind
{
    Percentage = 0,
    Count = 1,
    Rate = 2,
    Mean = 3,
    Score = 4,
}

/// <summary>Which direction of change is an improvement.</summary>
public enum Polarity
{
    /// <summary>Neither direction is better (e.g. the number of inhabitants).</summary>
    Neutral = 0,
    HigherIsBetter = 1,
    HigherIsWorse = 2,
}
