namespace Wijkpeil.Domain.Subsidies;

/// <summary>How a tender orders applications with the same score; recorded with the scheme before anything is ranked.</summary>
public enum TieBreakRule
{
    /// <summary>The application that became complete first goes first.</summary>
    EarliestComplete,

    /// <summary>The smaller amount goes first (more initiatives within the plafond).</summary>
    LowerAmount,

    /// <summary>By lot, drawn from a seed recorded with the scheme before ranking.</summary>
    Lot,
}
