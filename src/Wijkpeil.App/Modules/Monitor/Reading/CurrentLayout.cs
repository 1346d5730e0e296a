namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// Which buurten a sum of buurten counts: those of the newest layout (indeling) among them. The register keeps the
/// buurten, and wijken, of older layouts that older files named (Amersfoort's WK030705, Nieuwegein's BU03560300 of the
/// RIVM 2016 and 2020 files), and a sum of today's buurten must not wait for a figure of a buurt that no longer exists.
/// The one rule of the area and focus-area pages (<see cref="BuurtSums"/>, among a summed area's buurten) and the
/// indicator page (<c>ShowIndicatorProfile/RankingBuurtSums</c>, among the buurten in the page's scope).
/// </summary>
internal static class CurrentLayout
{
    /// <summary>Those of <paramref name="buurten"/> whose newest layout year is the newest among them, in their order.</summary>
    /// <param name="layoutYears">A buurt's layout years, ascending (as the register keeps them).</param>
    public static List<T> Of<T>(IReadOnlyCollection<T> buurten, Func<T, IReadOnlyList<int>> layoutYears)
    {
        ArgumentNullException.ThrowIfNull(buurten);
        ArgumentNullException.ThrowIfNull(layoutYears);
        var newest = buurten.Select(b => Newest(layoutYears(b))).DefaultIfEmpty(0).Max();
        return [.. buurten.Where(b => Newest(layoutYears(b)) == newest)];
    }

    private static int Newest(IReadOnlyList<int> years) => years.Count > 0 ? years[^1] : 0;
}
