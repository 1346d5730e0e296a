namespace Wijkpeil.Domain.Subsidies;

/// <summary>The kinds of beschikking on an application.</summary>
public enum DecisionKind
{
    /// <summary>Granted as applied for.</summary>
    Grant,

    /// <summary>Granted for a lower amount, with the reason.</summary>
    PartialGrant,

    /// <summary>Refused, with motivation per criterion.</summary>
    Refusal,

    /// <summary>Not considered (buiten behandeling, Awb 4:5): not completed within the term.</summary>
    NotConsidered,
}
