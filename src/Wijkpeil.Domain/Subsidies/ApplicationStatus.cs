namespace Wijkpeil.Domain.Subsidies;

/// <summary>Where an application stands in its handling.</summary>
public enum ApplicationStatus
{
    /// <summary>Being written by the applicant; not filed, no clock runs.</summary>
    Draft,

    /// <summary>Filed (ontvangen, Awb 4:3a): the decision term runs.</summary>
    Received,

    /// <summary>The applicant was asked to complete it with a term (Awb 4:5); the clock is paused (Awb 4:15).</summary>
    AwaitingCompletion,

    /// <summary>Granted in full or in part (subsidieverlening); money and the final report follow.</summary>
    Granted,

    /// <summary>Refused, with motivation per criterion.</summary>
    Refused,

    /// <summary>Not considered (buiten behandeling, Awb 4:5): it was not completed within the term.</summary>
    NotConsidered,

    /// <summary>Withdrawn by the applicant before a decision.</summary>
    Withdrawn,

    /// <summary>Settled (vastgesteld, Awb 4:46): the final amount is fixed.</summary>
    Settled,
}
