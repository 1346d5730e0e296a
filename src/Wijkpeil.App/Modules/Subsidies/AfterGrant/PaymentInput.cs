namespace Wijkpeil.App.Modules.Subsidies.AfterGrant;

/// <summary>A payment form's fields as typed: the day it was paid (empty: today).</summary>
public sealed class PaymentInput
{
    public string? PaidOn { get; set; }
}
