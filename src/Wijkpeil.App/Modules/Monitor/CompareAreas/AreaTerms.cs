using Wijkpeil.App.Modules.Areas.Contracts;

namespace Wijkpeil.App.Modules.Monitor.CompareAreas;

/// <summary>The areas of the compare form as typed: one per box, or several in one box.</summary>
internal static class AreaTerms
{
    /// <summary>
    /// Each box's text split at commas and semicolons (names may hold spaces: "Wijk 03 Overvecht"); a box of codes only
    /// may also be split at spaces ("WK034403 GM0344", as older links have it). Empty parts and repeats are dropped.
    /// </summary>
    public static List<string> Split(IEnumerable<string>? boxes) =>
        [.. (boxes ?? [])
            .SelectMany(box => (box ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .SelectMany(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && words.All(w => AreaCodes.Parse(w) is not null) ? words : [part])
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
