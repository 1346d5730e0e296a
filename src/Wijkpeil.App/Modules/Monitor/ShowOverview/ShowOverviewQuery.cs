using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Programmes.Contracts;
using static Wijkpeil.App.Modules.Monitor.Reading.AreaReader;
using static Wijkpeil.App.Modules.Monitor.Reading.FigureReader;

namespace Wijkpeil.App.Modules.Monitor.ShowOverview;

/// <summary>The overview of one programme: how its kernset moved in its focus areas, pillar by pillar.</summary>
public sealed class ShowOverviewQuery(
    IProgrammeCatalogue programmeCatalogue, KernsetReader kernsetReader, AreaReader areaReader, FigureReader figureReader, PageCacheTags pageTags)
{
    /// <summary>
    /// A programme's overview ("/programmas/{slug}", and "/" when it is the only one): its focus areas against its
    /// pillars, each cell a tally of how the pillar's kernset indicators moved in the focus area's member areas between
    /// their latest wave and the one before. Null when there is no such programme.
    /// </summary>
    /// <remarks>
    /// A tally counts the focus area once per kernset indicator of the pillar, as one unit (<see cref="FocusAreaUnits"/>:
    /// its derived figure, or for one member that member's); an indicator it has no single figure of (a survey estimate
    /// of several members) counts once as <see cref="PillarTally.PerMember"/>; every other one that cannot be compared
    /// (no figure, no earlier figure, or a suppressed one) as <see cref="PillarTally.NoComparison"/>; the others by the
    /// change's claim (<see cref="ClaimTally"/>), so the counts add
    /// up to <see cref="PillarTally.Indicators"/>.
    /// </remarks>
    public async Task<ProgrammeOverview?> GetAsync(string programmeSlug, Audience audience, CancellationToken ct)
    {
        var programmes = await programmeCatalogue.DetailsAsync([programmeSlug], ct);
        if ((await kernsetReader.KernsetsAsync(programmes, ct)).FirstOrDefault() is not { } kernset)
        {
            return null;
        }

        pageTags.Add(kernset.FocusAreas.Select(f => CacheTags.FocusArea(kernset.Code, f.Slug)));
        var (areas, buurten) = await areaReader.AreasWithBuurtenAsync(CodesOf(kernset.FocusAreas), kernset.FocusAreas.SelectMany(f => f.Members), ct);
        var memberIds = kernset.FocusAreas.SelectMany(f => f.Members).Where(areas.ContainsKey).Select(m => areas[m].Id).ToList();
        var figures = await figureReader.FiguresAsync(kernset.Entries, memberIds, await figureReader.PeriodsAsync(ct), audience, ct, buurten);

        // One unit per focus area (issue 11, point 2): its derived figure where one can be derived, never each member.
        var focusAreas = kernset.FocusAreas
            .Select((f, index) =>
            {
                var unit = FocusAreaUnits.Of(f, index, areas);
                var notes = FocusAreaUnits.Derive(figures, kernset.Entries, unit, buurten);
                return new FocusAreaOverview(
                    FocusAreaRefOf(f, areas),
                    [.. kernset.Pillars.Select(p => Tally(figures, [.. kernset.EntriesOf(p)], p, unit.Id, notes))]);
            })
            .ToList();
        return new ProgrammeOverview(kernset.Code, kernset.Name, programmes[0].Description, kernset.Pillars, focusAreas)
        {
            PillarsWithoutFigures = PillarsWithoutFigures(kernset, figures, memberIds),
        };
    }

    /// <summary>The pillars that have kernset indicators of which no member area of any focus area has a single figure.</summary>
    private static HashSet<int> PillarsWithoutFigures(Kernset kernset, FigureSet figures, List<int> memberIds) =>
        [.. kernset.Pillars
            .Where(p => kernset.EntriesOf(p).Any() && kernset.EntriesOf(p).All(e => memberIds.All(id => figures.Series(e, id).Count == 0)))
            .Select(p => p.Number)];

    private static PillarTally Tally(FigureSet figures, List<KernsetIndicator> entries, PillarRef pillar, int unitId, Dictionary<KernsetIndicator, DerivationNote> notes)
    {
        var tally = new ClaimTally();
        foreach (var entry in entries)
        {
            // No single figure (a survey estimate of several members): counted once, apart, never once per member.
            if (notes.GetValueOrDefault(entry)?.Kind == DerivationKind.SideBySide)
            {
                tally.AddPerMember();
            }
            else
            {
                tally.Add(LatestAndPrevious(figures, entry, unitId).Change);
            }
        }

        return tally.ToPillarTally(pillar.Number, entries.Count);
    }
}
