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
    public static IReadOnlyList<ProgrammeRankedArea> Find(
        IReadOnlyList<ProgrammeDetails> programmes,
        IReadOnlyList<RankedArea> ranking,
        IReadOnlyDictionary<string, AreaCode?> parents)
    {
        var places = new List<ProgrammeRankedArea>();
        foreach (var programme in programmes)
        {
            foreach (var focusArea in programme.FocusAreas)
            {
                var members = focusArea.Members.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
                places.AddRange(ranking
                    .Where(r => members.Contains(r.Area.Code)
                        || (parents.TryGetValue(r.Area.Code, out var parent) && parent is { } p && members.Contains(p.Value))
                        || (r.Area.Level == AreaLevel.Municipality && r.Area.Code == focusArea.Municipality.Value))
                    .Select(r => new ProgrammeRankedArea(programme.Name, focusArea.Name, r)));
            }
        }

        return places;
    }
}
