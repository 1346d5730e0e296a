using Wijkpeil.Domain.Areas;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// Flags projects of different programmes that plan works in the same area in the same period: a meekoppelkans
/// (combine the works, share the street being open once) or a clash to prevent.
/// </summary>
/// <remarks>
/// Areas are CBS codes, not focus-area slugs: slugs are per programme, so two programmes could name the same wijk
/// differently, while a CBS code means one place for all. A wijk or gemeente covers the buurten and wijken whose
/// codes lie in it, so a project in wijk Overvecht meets one in a buurt of Overvecht. A province's gemeenten are not
/// in its code; a province only meets the same province. Open ends are unbounded: a work without dates meets every
/// work in its area, since an unplanned period is no proof that the works do not meet.
/// </remarks>
public static class OverlapFlag
{
    /// <summary>
    /// Every pair of works of different programmes that share an area and at least one day, with the shared areas
    /// (the more specific code of each meeting pair) and the shared period. The work of the lower programme id comes
    /// first; pairs are ordered by that programme and project, then the other's.
    /// </summary>
    public static IReadOnlyList<WorkOverlap> Find(IEnumerable<PlannedWork> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var ordered = works.OrderBy(w => w.ProgrammeId).ThenBy(w => w.ProjectId).ToList();
        var overlaps = new List<WorkOverlap>();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                if (ordered[i].ProgrammeId != ordered[j].ProgrammeId && Meet(ordered[i], ordered[j]) is { } overlap)
                {
                    overlaps.Add(overlap);
                }
            }
        }

        return overlaps;
    }

    /// <summary>Whether <paramref name="outer"/> is <paramref name="inner"/> or contains it by its code (gemeente ⊃ wijk ⊃ buurt).</summary>
    public static bool Covers(AreaCode outer, AreaCode inner)
    {
        var area = inner;
        while (area != outer)
        {
            // Stop at the gemeente: a gemeente's province is not in its code.
            if (area.Level <= AreaLevel.Municipality || area.DerivedParent is not { } parent)
            {
                return false;
            }

            area = parent;
        }

        return true;
    }

    private static WorkOverlap? Meet(PlannedWork first, PlannedWork second)
    {
        if (first.Period.Overlap(second.Period) is not { } period)
        {
            return null;
        }

        var areas = new SortedSet<AreaCode>();
        foreach (var a in first.Areas)
        {
            foreach (var b in second.Areas)
            {
                if (Covers(a, b))
                {
                    areas.Add(b);
                }
                else if (Covers(b, a))
                {
                    areas.Add(a);
                }
            }
        }

        return areas.Count == 0 ? null : new WorkOverlap(first, second, [.. areas], period);
    }
}

/// <summary>What one project of a programme plans: where (CBS codes) and when.</summary>
/// <param name="ProgrammeId">The programme whose agenda holds the project.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="Areas">The CBS codes of the areas it works in (a focus area's member wijken and buurten).</param>
/// <param name="Period">The planned period; either end may be open.</param>
public sealed record PlannedWork(int ProgrammeId, int ProjectId, IReadOnlyCollection<AreaCode> Areas, DateWindow Period);

/// <summary>Two programmes' works that meet: where and when.</summary>
/// <param name="First">The work of the lower programme id.</param>
/// <param name="Second">The other work.</param>
/// <param name="Areas">The areas both touch, most specific code, sorted.</param>
/// <param name="Period">The days both run; an end is open only when both are open there.</param>
public sealed record WorkOverlap(PlannedWork First, PlannedWork Second, IReadOnlyList<AreaCode> Areas, DateWindow Period);
