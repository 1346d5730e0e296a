namespace Wijkpeil.App.Modules.Subsidies.Letters;

/// <summary>What a beschikking on an application for a subsidy decides.</summary>
public enum DecisionKind
{
    /// <summary>Verlening: the amount applied for is granted in full.</summary>
    Grant,

    /// <summary>Gedeeltelijke verlening: less than applied for is granted; the rest is refused, with reasons.</summary>
    PartialGrant,

    /// <summary>Weigering: nothing is granted; the reasons per criterion are mandatory.</summary>
    Refusal,

    /// <summary>Buiten behandeling (Awb 4:5): the application was not completed in time and is not assessed.</summary>
    NotConsidered,
}
