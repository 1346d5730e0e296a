namespace Wijkpeil.Domain.Subsidies;

/// <summary>Why a subsidy is settled as it is (Awb 4:46).</summary>
public enum SettlementReason
{
    /// <summary>As granted: the activities took place and the obligations were met (Awb 4:46 lid 1).</summary>
    AsGranted,

    /// <summary>The activities did not (fully) take place (Awb 4:46 lid 2 a).</summary>
    ActivitiesNotCarriedOut,

    /// <summary>The obligations attached to the subsidy were not met (lid 2 b).</summary>
    ObligationsNotMet,

    /// <summary>The applicant gave incorrect or incomplete information (lid 2 c).</summary>
    IncorrectInformation,

    /// <summary>The grant was wrong and the applicant knew or should have known (lid 2 d).</summary>
    GrantWasWrong,

    /// <summary>The costs were lower than budgeted, for a subsidy that covers costs.</summary>
    LowerActualCosts,
}
