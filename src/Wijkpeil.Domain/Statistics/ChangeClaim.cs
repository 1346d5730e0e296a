using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.Domain.Statistics;

/// <summary>
/// What a change between two figures may claim, given where the figures come from. A survey estimate has a sampling
/// error: its change is better or worse only when significant; otherwise only its direction is told, in a neutral
/// style. A register count has none: its change is exact and is better or worse by the indicator's polarity. A figure
/// whose source kind nobody described is treated as a survey that cannot be tested: never a claim.
/// </summary>
public enum ChangeClaim
{
    /// <summary>No difference.</summary>
    Stable = 0,

    /// <summary>Survey, significant, in the better direction.</summary>
    SignificantlyBetter = 1,

    /// <summary>Survey, significant, in the worse direction.</summary>
    SignificantlyWorse = 2,

    /// <summary>Survey, significant, higher, for an indicator where neither direction is better.</summary>
    SignificantlyHigher = 3,

    /// <summary>Survey, significant, lower, for an indicator where neither direction is better.</summary>
    SignificantlyLower = 4,

    /// <summary>Survey, higher but not significant: may be chance.</summary>
    HigherNotSignificant = 5,

    /// <summary>Survey, lower but not significant: may be chance.</summary>
    LowerNotSignificant = 6,

    /// <summary>Higher, and whether it is more than chance cannot be tested (no interval or sample size, or unknown source kind).</summary>
    HigherNotTestable = 7,

    /// <summary>Lower, and whether it is more than chance cannot be tested.</summary>
    LowerNotTestable = 8,

    /// <summary>Register count, exactly better.</summary>
    RegisterBetter = 9,

    /// <summary>Register count, exactly worse.</summary>
    RegisterWorse = 10,

    /// <summary>Register count, exactly higher, for an indicator where neither direction is better.</summary>
    RegisterHigher = 11,

    /// <summary>Register count, exactly lower, for an indicator where neither direction is better.</summary>
    RegisterLower = 12,
}

/// <summary>The one place where a change's claim is decided; every page, factsheet, tally and download uses it.</summary>
public static class ChangeClaims
{
    /// <summary>The claim a change of <paramref name="difference"/> (direction by polarity, significance by the test) may make.</summary>
    public static ChangeClaim Classify(SourceKind sourceKind, ChangeDirection direction, double difference, SignificanceOutcome significance)
    {
        if (direction == ChangeDirection.Stable)
        {
            return ChangeClaim.Stable;
        }

        var up = difference > 0;
        return sourceKind switch
        {
            SourceKind.Register => direction switch
            {
                ChangeDirection.Improved => ChangeClaim.RegisterBetter,
                ChangeDirection.Worsened => ChangeClaim.RegisterWorse,
                _ => up ? ChangeClaim.RegisterHigher : ChangeClaim.RegisterLower,
            },
            SourceKind.Survey when significance == SignificanceOutcome.Significant => direction switch
            {
                ChangeDirection.Improved => ChangeClaim.SignificantlyBetter,
                ChangeDirection.Worsened => ChangeClaim.SignificantlyWorse,
                _ => up ? ChangeClaim.SignificantlyHigher : ChangeClaim.SignificantlyLower,
            },
            SourceKind.Survey when significance == SignificanceOutcome.NotSignificant =>
                up ? ChangeClaim.HigherNotSignificant : ChangeClaim.LowerNotSignificant,
            _ => up ? ChangeClaim.HigherNotTestable : ChangeClaim.LowerNotTestable,
        };
    }

    /// <summary>
    /// The relative size of a register change in percent of the earlier value; null when the earlier value is 0 (no
    /// relative size exists). Surveys get none: their percentage-point differences are the claim.
    /// </summary>
    public static double? RelativePercent(double previous, double current) =>
        previous == 0 ? null : (current - previous) / Math.Abs(previous) * 100;

    /// <summary>True for a claim that says better (coloured and counted as better).</summary>
    public static bool IsBetter(this ChangeClaim claim) => claim is ChangeClaim.SignificantlyBetter or ChangeClaim.RegisterBetter;

    /// <summary>True for a claim that says worse (coloured and counted as worse).</summary>
    public static bool IsWorse(this ChangeClaim claim) => claim is ChangeClaim.SignificantlyWorse or ChangeClaim.RegisterWorse;

    /// <summary>True for a register count's exact change.</summary>
    public static bool IsRegister(this ChangeClaim claim) =>
        claim is ChangeClaim.RegisterBetter or ChangeClaim.RegisterWorse or ChangeClaim.RegisterHigher or ChangeClaim.RegisterLower;

    /// <summary>True for a movement that may be chance or cannot be tested: shown in a neutral style, never counted as a claim.</summary>
    public static bool IsUntested(this ChangeClaim claim) =>
        claim is ChangeClaim.HigherNotSignificant or ChangeClaim.LowerNotSignificant or ChangeClaim.HigherNotTestable or ChangeClaim.LowerNotTestable;

    /// <summary>True for a significant survey change.</summary>
    public static bool IsSignificant(this ChangeClaim claim) =>
        claim is ChangeClaim.SignificantlyBetter or ChangeClaim.SignificantlyWorse or ChangeClaim.SignificantlyHigher or ChangeClaim.SignificantlyLower;

    /// <summary>The stable code of the claim in downloads and the API: "significant-better", "higher-not-testable", ...</summary>
    public static string Code(this ChangeClaim claim) => claim switch
    {
        ChangeClaim.Stable => "stable",
        ChangeClaim.SignificantlyBetter => "significant-better",
        ChangeClaim.SignificantlyWorse => "significant-worse",
        ChangeClaim.SignificantlyHigher => "significant-higher",
        ChangeClaim.SignificantlyLower => "significant-lower",
        ChangeClaim.HigherNotSignificant => "higher-not-significant",
        ChangeClaim.LowerNotSignificant => "lower-not-significant",
        ChangeClaim.HigherNotTestable => "higher-not-testable",
        ChangeClaim.LowerNotTestable => "lower-not-testable",
        ChangeClaim.RegisterBetter => "register-better",
        ChangeClaim.RegisterWorse => "register-worse",
        ChangeClaim.RegisterHigher => "register-higher",
        _ => "register-lower",
    };
}
