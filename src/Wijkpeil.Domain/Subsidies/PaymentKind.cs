namespace Wijkpeil.Domain.Subsidies;

/// <summary>Why money moved.</summary>
public enum PaymentKind
{
    /// <summary>The voorschot paid on the grant.</summary>
    Advance,

    /// <summary>What remains due after settlement.</summary>
    Remainder,

    /// <summary>Money paid back after a settlement below what was paid (terugvordering, Awb 4:57); stored as a negative amount.</summary>
    Reclaim,
}
