using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using static Wijkpeil.App.Modules.Monitor.Reading.AreaReader;
using static Wijkpeil.App.Modules.Monitor.Reading.FigureReader;

namespace Wijkpeil.App.Modules.Monitor.ShowFocusArea;

/// <summary>A focus area as one unit ("/programmas/{slug}/gebieden/{focusArea}"), for its page and its JSON and CSV.</summary>
public sealed class ShowFocusAreaQuery(
    IProgrammeCatalogue programmeCatalogue, KernsetReader kernsetReader, AreaReader areaReader, FigureReader figureReader, PageCacheTags pageTags)
{
    /// <summary>
    /// The focus area <paramref name="focusAreaSlug"/> (any case) of the programme: per pillar each kernset indicator
    /// with the unit's figure (derived: <see cref="FocusAreaUnits"/>, <see cref="FigureDerivation"/>) and its members'
    /// figures side by side. Null when the programme or focus area is unknown.
    /// </summary>
    public async Task<FocusAreaProfile?> GetAsync(string programmeSlug, string focusAreaSlug, Audience audience, CancellationToken ct)
    {
        var programmes = await programmeCatalogue.DetailsAsync([programmeSlug], ct);
        if ((await kernsetReader.KernsetsAsync(programmes, ct)).FirstOrDefault() is not { } kernset)
        {
            return null;
        }

        var index = kernset.FocusAreas.ToList().FindIndex(f => string.Equals(f.Slug, (focusAreaSlug ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return null;
        }

        var focusArea = kernset.FocusAreas[index];
        pageTags.Add(CacheTags.FocusArea(kernset.Code, focusArea.Slug));
        var (areas, buurten) = await areaReader.AreasWithBuurtenAsync(CodesOf([focusArea]), focusArea.Members, ct);
        var members = MemberRows(focusArea, areas);
        var figures = await figureReader.FiguresAsync(kernset.Entries, [.. members.Select(m => m.Id)], await figureReader.PeriodsAsync(ct), audience, ct, buurten);
        var unit = FocusAreaUnits.Of(focusArea, index, areas);
        var notes = FocusAreaUnits.Derive(figures, kernset.Entries, unit, buurten);
        var reference = FocusAreaRefOf(focusArea, areas);
        return new FocusAreaProfile(
            kernset.Code,
            kernset.Name,
            reference,
            [.. kernset.Pillars.Select(p => new FocusPillar(p, [.. kernset.EntriesOf(p).Select(e => Row(figures, e, unit, notes.GetValueOrDefault(e), reference, areas))]))],
            [.. WavesWithFigures(kernset, figures, members).Select(w => new WaveRef(w.Slug, w.Name))])
        {
            Population = PopulationReader.Of(kernset, figures, [.. members.Select(m => m.Id)]),
        };
    }

    private static FocusIndicatorRow Row(
        FigureSet figures, KernsetIndicator entry, DerivationUnit unit, DerivationNote? note, FocusAreaRef focusArea, Dictionary<AreaCode, AreaRow> areas)
    {
        var (latest, previous, change, trend) = LatestAndPrevious(figures, entry, unit.Id);
        var members = focusArea.Members
            .Select(m => areas.TryGetValue(AreaCode.From(m.Code), out var row) && LatestAndPrevious(figures, entry, row.Id) is var own
                ? new MemberFigure(m, own.Latest, own.Change)
                : new MemberFigure(m, null))
            .ToList();
        return new FocusIndicatorRow(entry.Indicator.Summary, entry.BreakdownCode, latest, previous, change, note, members, trend);
    }
}
