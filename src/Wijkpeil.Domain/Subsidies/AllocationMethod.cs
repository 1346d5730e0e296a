namespace Wijkpeil.Domain.Subsidies;

/// <summary>How a scheme divides its plafond (Awb 4:26 lid 1: the regulation says how).</summary>
public enum AllocationMethod
{
    /// <summary>In the order applications became complete, until the plafond is reached.</summary>
    FirstComeFirstServed,

    /// <summary>A tender: all complete applications are ranked at the close date and funded top-down to the plafond.</summary>
    Tender,
}
