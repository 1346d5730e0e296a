namespace Wijkpeil.Domain.Subsidies;

/// <summary>Why a subsidy is settled (vastgesteld) at the amount it is (Awb 4:46).</summary>
public enum SettlementReason
{
    /// <summary>Settled at the granted amount (Awb 4:46 lid 1).</summary>
    AsGranted = 0,

    /// <summary>The activities did not take place, or not in full (Awb 4:46 lid 2 sub a).</summary>
    ActivitiesNotCarriedOut = 1,

    /// <summary>The recipient did not meet the obligations attached to the subsidy (Awb 4:46 lid 2 sub b).</summary>
    ObligationsNotMet = 2,

    /// <summary>The recipient gave incorrect or incomplete information that would have led to another grant (Awb 4:46 lid 2 sub c).</summary>
    IncorrectInformation = 3,

    /// <summary>The grant was otherwise wrong and the recipient knew or should have known (Awb 4:46 lid 2 sub d).</summary>
    GrantWasWrong = 4,

    /// <summary>
    /// The actual eligible costs were lower than budgeted, and the grant was a share of the costs up to a maximum, so
    /// settling by the grant itself gives less (Awb 4:46 lid 1).
    /// </summary>
    LowerActualCosts = 5,
}
