using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Contracts;

/// <summary>Breakdown codes as files and people write them (the breakdown table is Measurements' own).</summary>
public static class BreakdownCodes
{
    /// <summary>The code of the whole population: <c>totaal</c>.</summary>
    public const string Total = Breakdown.TotalCode;

    /// <summary>A breakdown as written in a file or a request: trimmed, and empty means <see cref="Total"/>.</summary>
    public static string Normalise(string? text) => Breakdown.NormaliseCode(text);
}
