using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// What is left to settle in money after a settlement: the remainder still to pay, or the amount to reclaim when more was
/// paid (in advances) than the subsidy was settled at (terugvordering, Awb 4:57). At most one of them is non-zero.
/// </summary>
public sealed record PaymentBalance
{
    private PaymentBalance(Money remainder, Money reclaim)
    {
        Remainder = remainder;
        Reclaim = reclaim;
    }

    /// <summary>Still to pay to the recipient (zero or more).</summary>
    public Money Remainder { get; }

    /// <summary>To reclaim from the recipient (zero or more; Awb 4:57).</summary>
    public Money Reclaim { get; }

    /// <summary>True when nothing is to pay or reclaim.</summary>
    public bool IsSquare => Remainder.IsZero && Reclaim.IsZero;

    /// <summary>The balance between the settled amount and what was paid; both are zero or more.</summary>
    public static PaymentBalance Of(Money settled, Money paid)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(settled.Cents, nameof(settled));
        ArgumentOutOfRangeException.ThrowIfNegative(paid.Cents, nameof(paid));
        return settled >= paid
            ? new PaymentBalance(settled - paid, Money.Zero)
            : new PaymentBalance(Money.Zero, paid - settled);
    }
}
