namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// Where a meekoppelkans stands. The allowed steps are in <see cref="Opportunity.NextStatuses"/>: forward from
/// gesignaleerd through verkend (which may be skipped) to afgesproken and gerealiseerd; vervallen from any open
/// status, with a reason; a vervallen chance can be reopened as gesignaleerd, with a reason.
/// </summary>
public enum OpportunityStatus
{
    /// <summary>Spotted: somebody saw a chance, nothing has been explored yet.</summary>
    Gesignaleerd = 1,

    /// <summary>Explored with the related programme: what it could add is known, nothing is agreed.</summary>
    Verkend = 2,

    /// <summary>Agreed: the related programme has committed to it (or it is under way).</summary>
    Afgesproken = 3,

    /// <summary>Realised: the support, expertise, connection or research was delivered. Final.</summary>
    Gerealiseerd = 4,

    /// <summary>Lapsed: it will not happen, for the reason in its status change.</summary>
    Vervallen = 5,
}
