using System.Globalization;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.Domain.Observations;

/// <summary>
/// A measured value with its optional 95% interval and sample size. Valid by construction: finite numbers
/// no larger than <see cref="MaxMagnitude"/>, lower &lt;= value &lt;= upper, a positive sample size, 0..100 for
/// percentages, whole non-negative counts, non-negative rates, and non-negative values in units that cannot
/// be negative (distances, areas, numbers of things).
/// </summary>
public readonly record struct Measurement
{
    /// <summary>
    /// The largest magnitude any figure may have: 10^12. The largest real figures about Dutch areas are far
    /// below it (18 million inhabitants, 4.2 million hectares, national amounts in thousands of euros about
    /// 10^9); 10^15 inhabitants or a value of 1e308 is a typing or export error, and would also break sums and
    /// charts. Money in whole euros beyond a trillion would be refused: such tables use thousands or millions.
    /// </summary>
    public const double MaxMagnitude = 1e12;

    // Units whose quantities cannot be negative, compared without case and surrounding spaces; a unit that
    // mentions "per km²" or "per 1 000" is a density or rate, also never negative.
    private static readonly HashSet<string> NonNegativeUnits = new(
        ["aantal", "gemiddeld aantal", "km", "kilometer", "m", "meter", "ha", "hectare", "km²", "km2", "m²", "m2", "m³", "m3", "kwh", "jaar", "jaren", "personen", "inwoners", "woningen"],
        StringComparer.OrdinalIgnoreCase);

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

    /// <param name="kind">The indicator's kind: percentages, counts and rates have their own ranges.</param>
    /// <param name="value">The figure.</param>
    /// <param name="lower">The lower bound of its 95% interval, if any.</param>
    /// <param name="upper">The upper bound of its 95% interval, if any.</param>
    /// <param name="sampleSize">The number of respondents, if any.</param>
    /// <param name="unit">The indicator's unit: a distance, area or number of things is never negative.</param>
    public static Result<Measurement> Create(IndicatorKind kind, double value, double? lower = null, double? upper = null, int? sampleSize = null, string? unit = null)
    {
        if (!double.IsFinite(value) || (lower.HasValue && !double.IsFinite(lower.Value)) || (upper.HasValue && !double.IsFinite(upper.Value)))
        {
            return Result<Measurement>.Failure("measurement.not_finite", "Waarde en intervalgrenzen moeten eindige getallen zijn.");
        }

        // No arrays or lookups on the common path: an import checks a million values or more.
        if (Math.Abs(value) > MaxMagnitude || Math.Abs(lower ?? 0) > MaxMagnitude || Math.Abs(upper ?? 0) > MaxMagnitude)
        {
            var n = Math.Abs(value) > MaxMagnitude ? value : Math.Abs(lower ?? 0) > MaxMagnitude ? lower!.Value : upper!.Value;
            return Result<Measurement>.Failure(
                "measurement.implausible_magnitude",
                string.Create(CultureInfo.InvariantCulture, $"{n:R} is geen aannemelijk cijfer voor een gebied: verwacht een getal tussen -10^12 en 10^12."));
        }

        if (kind == IndicatorKind.Count && value != Math.Floor(value))
        {
            return Result<Measurement>.Failure(
                "measurement.count_not_whole",
                string.Create(CultureInfo.InvariantCulture, $"{value:R} is geen aantal: verwacht een geheel getal van 0 of meer (deze indicator telt, in {UnitText(unit)})."));
        }

        var negative = value < 0 ? value : lower < 0 ? lower : upper < 0 ? upper : null;
        if (negative is { } below && (kind is IndicatorKind.Count or IndicatorKind.Rate || IsNonNegativeUnit(unit)))
        {
            return Result<Measurement>.Failure(
                "measurement.negative",
                string.Create(CultureInfo.InvariantCulture, $"{below:R} is negatief: verwacht 0 of meer ({KindText(kind)}, in {UnitText(unit)})."));
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

    /// <summary>Whether figures in <paramref name="unit"/> are never negative: distances, areas, numbers of things, densities.</summary>
    public static bool IsNonNegativeUnit(string? unit)
    {
        var trimmed = unit?.Trim();
        return !string.IsNullOrEmpty(trimmed)
            && (NonNegativeUnits.Contains(trimmed)
                || trimmed.Contains("per km", StringComparison.OrdinalIgnoreCase)
                || trimmed.Contains("per 1 000", StringComparison.OrdinalIgnoreCase)
                || trimmed.Contains("per 1.000", StringComparison.OrdinalIgnoreCase));
    }

    private static string UnitText(string? unit) => string.IsNullOrWhiteSpace(unit) ? "geen eenheid" : $"'{unit.Trim()}'";

    private static string KindText(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => "een aantal",
        IndicatorKind.Rate => "een verhoudingsgetal",
        IndicatorKind.Mean => "een gemiddelde",
        IndicatorKind.Score => "een score",
        _ => "een percentage",
    };

    /// <summary>Rehydrates a stored measurement that was validated when it was written.</summary>
    public static Measurement FromStore(double value, double? lower, double? upper, int? sampleSize) =>
        new(value, lower, upper, sampleSize);
}
