using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>Money paid to the applicant (positive) or reclaimed (negative), on a day.</summary>
public sealed class Payment
{
    private Payment()
    {
        RecordedBy = string.Empty;
    }

    public int Id { get; private set; }

    public PaymentKind Kind { get; private set; }

    public long AmountCents { get; private set; }

    public Money Amount => Money.FromCents(AmountCents);

    public DateOnly On { get; private set; }

    public string RecordedBy { get; private set; }

    internal static Payment Create(PaymentKind kind, Money amount, DateOnly on, string by) =>
        new() { Kind = kind, AmountCents = amount.Cents, On = on, RecordedBy = by };
}
