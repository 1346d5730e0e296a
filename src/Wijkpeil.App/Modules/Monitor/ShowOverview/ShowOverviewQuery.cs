using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
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
    /// A tally counts member areas x kernset indicators of the pillar by the change's claim (<see cref="ClaimTally"/>);
    /// every pair that cannot be compared (no figure, no earlier figure, or a suppressed one) counts as
    /// <see cref="PillarTally.NoComparison"/>, so the counts add up to members x <see cref="PillarTally.Indicators"/>.
    /// </remarks>
    public async Task<ProgrammeOverview?> GetAsync(string programmeSlug, Audience audience, CancellationToken ct)
    {
        var programmes = await programmeCatalogue.DetailsAsync([programmeSlug], ct);
        if ((await kernsetReader.KernsetsAsync(programmes, ct)).FirstOrDefault() is not { } kernset)
        {
            return null;
        }

        pageTags.Add(kernset.FocusAreas.Select(f => CacheTags.FocusArea(kernset.Code, f.Slug)));
        var areas = await areaReader.AreasAsync(CodesOf(kernset.FocusAreas), ct);
        var memberIds = kernset.FocusAreas.SelectMany(f => f.Members).Where(areas.ContainsKey).Select(m => areas[m].Id).ToList();
        var figures = await figureReader.FiguresAsync(kernset.Entries, memberIds, await figureReader.PeriodsAsync(ct), audience, ct);

        var focusAreas = kernset.FocusAreas
            .Select(f => new FocusAreaOverview(
                FocusAreaRefOf(f, areas),
                [.. kernset.Pillars.Select(p => Tally(figures, [.. kernset.EntriesOf(p)], p, [.. f.Members.Select(m => areas.GetValueOrDefault(m))]))]))
            .ToList();
        return new ProgrammeOverview(kernset.Code, kernset.Name, programmes[0].Description, kernset.Pillars, focusAreas);
    }

    private static PillarTally Tally(FigureSet figures, List<KernsetIndicator> entries, PillarRef pillar, List<AreaRow?> members)
    {
        var tally = new ClaimTally();
        foreach (var entry in entries)
        {
            foreach (var member in members)
            {
                tally.Add(member is null ? null : LatestAndPrevious(figures, entry, member.Id).Change);
            }
        }

        return tally.ToPillarTally(pillar.Number, entries.Count);
    }
}
