namespace Wijkpeil.Domain.Subsidies;

/// <summary>Where a scheme stands, derived from its publication and its dates (Europe/Amsterdam).</summary>
public enum SchemeStatus
{
    /// <summary>Being prepared; only officers see it and everything can change.</summary>
    Draft,

    /// <summary>Published, the plafond frozen, not yet open for applications.</summary>
    Announced,

    /// <summary>Open: applications can be filed (opengesteld).</summary>
    Open,

    /// <summary>The close date has passed; filed applications are still handled.</summary>
    Closed,
}
