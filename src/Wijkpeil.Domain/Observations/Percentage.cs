using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Observations;

/// <summary>A share of a population in percent; a value outside 0..100 cannot exist.</summary>
public readonly record struct Percentage
{
    private Percentage(double value) => Value = value;

    public double Value { get; }

    public static Result<Percentage> Create(double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 100)
        {
            return Result<Percentage>.Failure(
                "percentage.out_of_range",
                $"{value.ToString(CultureInfo.InvariantCulture)} is geen geldig percentage (verwacht een waarde van 0 tot en met 100).",
                null,
                value);
        }

        return new Percentage(value);
    }

    /// <summary>The share as a fraction 0..1, for proportion tests.</summary>
    public double AsFraction => Value / 100.0;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
