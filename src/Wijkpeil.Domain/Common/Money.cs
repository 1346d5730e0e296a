using System.Globalization;

namespace Wijkpeil.Domain.Common;

/// <summary>
/// An amount in euros, held as whole cents. Sums are exact (no binary fractions), and the database stores the cents
/// as an integer, so a sum or a conditional update in SQL is exact on SQLite too (EF keeps <c>decimal</c> there as
/// text, which SQL cannot add).
/// </summary>
/// <remarks>
/// Negative amounts exist (a balance, a reclaim written as a difference); rules that forbid them say so where they
/// are checked (<see cref="CreatePositive"/>, <see cref="CreateNonNegative"/>).
/// </remarks>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>The largest amount accepted from a person: a hundred million euros (a typo guard, not a policy).</summary>
    public static readonly Money Max = new(100_000_000_00L);

    public static readonly Money Zero = new(0L);

    private Money(long cents) => Cents = cents;

    public long Cents { get; }

    public decimal Euros => Cents / 100m;

    public bool IsZero => Cents == 0;

    public static Money FromCents(long cents) => new(cents);

    /// <summary>The amount of <paramref name="euros"/>; more than two decimals cannot be a euro amount.</summary>
    public static Result<Money> FromEuros(decimal euros, string? field = null)
    {
        // Checked on the euros, not on euros × 100: that product overflows decimal for an absurd typed amount, which
        // must be a failure value like any other, not an exception.
        if (decimal.Round(euros, 2) != euros)
        {
            return Result<Money>.Failure(
                "money.cents",
                string.Create(CultureInfo.InvariantCulture, $"{euros} euro heeft meer dan twee decimalen (verwacht hele centen)."),
                field,
                euros);
        }

        if (Math.Abs(euros) > Max.Euros)
        {
            return Result<Money>.Failure(
                "money.too_large",
                string.Create(CultureInfo.InvariantCulture, $"{euros} euro is groter dan het grootste toegestane bedrag ({Max.Euros} euro)."),
                field,
                euros,
                Max.Euros);
        }

        return new Money((long)(euros * 100m));
    }

    /// <summary>An amount above zero, such as an amount applied for or a plafond.</summary>
    public static Result<Money> CreatePositive(decimal euros, string? field = null)
    {
        var money = FromEuros(euros, field);
        return money.IsSuccess && money.Value.Cents <= 0
            ? Result<Money>.Failure("money.not_positive", string.Create(CultureInfo.InvariantCulture, $"Het bedrag moet groter zijn dan 0 euro (gegeven {euros})."), field, euros)
            : money;
    }

    /// <summary>An amount of zero or more, such as a minimum per application.</summary>
    public static Result<Money> CreateNonNegative(decimal euros, string? field = null)
    {
        var money = FromEuros(euros, field);
        return money.IsSuccess && money.Value.Cents < 0
            ? Result<Money>.Failure("money.negative", string.Create(CultureInfo.InvariantCulture, $"Het bedrag kan niet negatief zijn (gegeven {euros} euro)."), field, euros)
            : money;
    }

    /// <summary><paramref name="percent"/> per cent of this amount, rounded down to a whole cent (an advance never exceeds its share).</summary>
    public Money Percent(int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        return new Money(checked(Cents * percent) / 100);
    }

    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return new Money(amounts.Sum(a => a.Cents));
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));

    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));

    public static Money operator -(Money value) => new(-value.Cents);

    public static bool operator <(Money left, Money right) => left.Cents < right.Cents;

    public static bool operator >(Money left, Money right) => left.Cents > right.Cents;

    public static bool operator <=(Money left, Money right) => left.Cents <= right.Cents;

    public static bool operator >=(Money left, Money right) => left.Cents >= right.Cents;

    public static Money Min(Money left, Money right) => left <= right ? left : right;

    public static Money Larger(Money left, Money right) => left >= right ? left : right;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Negate() => -this;

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    /// <summary>Invariant, for files and logs: "1234.50".</summary>
    public override string ToString() => Euros.ToString("0.00", CultureInfo.InvariantCulture);
}
