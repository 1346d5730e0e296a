using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>The advance (voorschot) paid on a grant before settlement (Awb 4:95), a percentage the scheme sets.</summary>
public static class AdvancePayment
{
    /// <summary>The advance on <paramref name="granted"/> at <paramref name="advancePercent"/> (0–100), rounded down to a cent so it never exceeds its share.</summary>
    public static Money For(Money granted, int advancePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(granted.Cents, nameof(granted));
        ArgumentOutOfRangeException.ThrowIfNegative(advancePercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(advancePercent, 100);
        return granted.Percent(advancePercent);
    }

    /// <summary>Checks a scheme's advance percentage as typed: a whole number from 0 to 100.</summary>
    /// <returns>The percentage, or <c>subsidy.advance.percent_out_of_range</c> (argument: the value).</returns>
    public static Result<int> CheckPercent(int advancePercent) =>
        advancePercent is >= 0 and <= 100
            ? advancePercent
            : Result<int>.Failure(
                "subsidy.advance.percent_out_of_range",
                string.Create(CultureInfo.InvariantCulture, $"Het voorschotpercentage moet tussen 0 en 100 liggen (gegeven {advancePercent})."),
                "advancePercent",
                advancePercent);
}
