namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// How a tender orders applications with the same score. It is part of the way of distribution and recorded before
/// ranking (Awb 4:26 lid 2), so nobody can pick the rule that favours a known application.
/// </summary>
public enum TieBreakRule
{
    /// <summary>The application that became complete first goes first (then by reference).</summary>
    EarliestComplete = 0,

    /// <summary>The smaller amount applied for goes first, so more initiatives fit (then earliest complete, then reference).</summary>
    LowerAmount = 1,

    /// <summary>
    /// Drawing lots: order by the SHA-256 of the recorded seed, "|" and the reference — anyone with the seed can redo the
    /// draw, and no one can influence it once the seed is recorded.
    /// </summary>
    Lot = 2,
}
