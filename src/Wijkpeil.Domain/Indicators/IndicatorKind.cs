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

/// <summary>What kind of source publishes the figures, which decides how a change may be described.</summary>
public enum SourceKind
{
    /// <summary>Not said yet: an indicator an import created and nobody described.</summary>
    Unknown = 0,

    /// <summary>Survey estimates with a sampling error (e.g. RIVM/GGD Gezondheidsmonitor): a change counts only when significant.</summary>
    Survey = 1,

    /// <summary>Register counts without a sampling error (e.g. CBS kerncijfers wijken en buurten, police): a change is exact.</summary>
    Register = 2,
}
