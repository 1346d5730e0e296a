using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;

/// <summary>
/// Where the programmes' focus areas stand in a ranking: a page of thousands of buurten shows these rows whole, so the
/// reader finds Overvecht's buurten without paging. An area of the ranking belongs to a focus area when it is one of its
/// members, lies directly in one (a buurt of a member wijk), or, in a ranking of gemeenten, is the focus area's gemeente.
/// </summary>
internal static class ProgrammeAreaPlaces
{
    /// <summary>
    /// The ranked areas of each of <paramref name="focusAreas"/>, in the focus areas' order and then the ranking's, each
    /// once per focus area; one pass over the ranking (13,000 buurten of the Netherlands), whatever the number of focus areas.
    /// </summary>
    /// <param name="parents">The register parent of each ranked area, by code.</param>
    public static IReadOnlyList<ProgrammeRankedArea> Find(
        IReadOnlyList<ProgrammeFocusArea> focusAreas,
        IReadOnlyList<RankedArea> ranking,
        IReadOnlyDictionary<string, AreaCode?> parents)
    {
        if (focusAreas.Count == 0)
        {
            return [];
        }

        // By code, the focus areas (their index) that code is a member of, or the gemeente of.
        var byMember = Index(focusAreas, f => f.Members);
        var byGemeente = Index(focusAreas, f => [f.Municipality]);
        var places = focusAreas.Select(_ => new List<RankedArea>()).ToList();
        var found = new HashSet<int>();
        foreach (var place in ranking)
        {
            var code = place.Area.Code;
            found.Clear();
            found.UnionWith(byMember[code]);
            if (parents.TryGetValue(code, out var parent) && parent is { } p)
            {
                found.UnionWith(byMember[p.Value]);
            }

            if (place.Area.Level == AreaLevel.Municipality)
            {
                found.UnionWith(byGemeente[code]);
            }

            foreach (var index in found)
            {
                places[index].Add(place);
            }
        }

        return [.. places.SelectMany((rows, i) => rows.Select(r => new ProgrammeRankedArea(focusAreas[i].ProgrammeName, focusAreas[i].FocusArea.Name, r)))];
    }

    private static ILookup<string, int> Index(IReadOnlyList<ProgrammeFocusArea> focusAreas, Func<FocusAreaDetails, IEnumerable<AreaCode>> codes) =>
        focusAreas
            .SelectMany((f, index) => codes(f.FocusArea).Select(code => (Code: code.Value, Index: index)))
            .ToLookup(x => x.Code, x => x.Index, StringComparer.Ordinal);
}
