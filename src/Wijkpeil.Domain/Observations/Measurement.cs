using System.Globalization;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.Domain.Observations;

/// <summary>
/// A measured value with its optional 95% interval and sample size. Valid by construction:
/// finite numbers, lower &lt;= value &lt;= upper, a positive sample size, and 0..100 for percentages.
/// </summary>
public readonly record struct Measurement
{
    private Measurement(double value, double? lower, double? upper, int? sampleSize)
    {
        Value = value;
        Lower = lower;
        Upper = upper;
        SampleSize = sampleSize;
    }

    public double Value { get; }

    public double? Lower { get; }

    public double? Upper { get; }

    public int? SampleSize { get; }

    public bool HasInterval => Lower.HasValue && Upper.HasValue;

    public static Result<Measurement> Create(IndicatorKind kind, double value, double? lower = null, double? upper = null, int? sampleSize = null)
    {
        if (!double.IsFinite(value) || (lower.HasValue && !double.IsFinite(lower.Value)) || (upper.HasValue && !double.IsFinite(upper.Value)))
        {
            return Result<Measurement>.Failure("measurement.not_finite", "Waarde en intervalgrenzen moeten eindige getallen zijn.");
        }

        if (kind == IndicatorKind.Percentage)
        {
            foreach (var bound in new[] { value, lower, upper })
            {
                if (bound.HasValue && Percentage.Create(bound.Value).Error is { } error)
                {
                    return error;
                }
            }
        }

        if (lower.HasValue != upper.HasValue)
        {
            return Result<Measurement>.Failure(
                "measurement.interval.incomplete",
                "Een 95%-interval heeft zowel een onder- als een bovengrens nodig.");
        }

        if (lower > value || upper < value)
        {
            return Result<Measurement>.Failure(
                "measurement.interval.excludes_value",
                string.Create(CultureInfo.InvariantCulture, $"Het interval [{lower}; {upper}] bevat de waarde {value} niet."));
        }

        if (sampleSize is <= 0)
        {
            return Result<Measurement>.Failure(
                "measurement.sample_size.invalid",
                string.Create(CultureInfo.InvariantCulture, $"Steekproefgrootte {sampleSize} is ongeldig (verwacht een positief geheel getal)."));
        }

        return new Measurement(value, lower, upper, sampleSize);
    }

    /// <summary>Rehydrates a stored measurement that was validated when it was written.</summary>
    public static Measurement FromStore(double value, double? lower, double? upper, int? sampleSize) =>
        new(value, lower, upper, sampleSize);
}
