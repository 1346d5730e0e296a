using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Programmes.Contracts;
using static Wijkpeil.App.Modules.Monitor.Reading.AreaReader;
using static Wijkpeil.App.Modules.Monitor.Reading.FigureReader;

namespace Wijkpeil.App.Modules.Monitor.ShowAreaProfile;

/// <summary>An area's profile ("/wijken/{code}"), for its page and its trend charts.</summary>
public sealed class ShowAreaProfileQuery(
    IProgrammeCatalogue programmeCatalogue,
    KernsetReader kernsetReader,
    AreaReader areaReader,
    FigureReader figureReader,
    PopulationReader populationReader,
    PageCacheTags pageTags)
{
    /// <summary>
    /// Everything the area page ("/wijken/{code}") shows for any area of the register: its place in the
    /// hierarchy and, for every programme that includes it, the focus areas it is or lies in (with the waves that
    /// have a factsheet) and the kernset per pillar (pillars without indicators included, with an empty list) with
    /// latest and previous figure, the change, the references' figures for the same period and the trend. With
    /// <paramref name="programmeSlug"/> (<c>?programma=</c>) only that programme, when it includes the area. Null when
    /// the code is not in the register.
    /// </summary>
    /// <remarks>
    /// The references' figures are those of the area's latest period, or a reference's nearest earlier one where it has
    /// none of that period (so that figures imported for one area never empty another's reference cells); when the
    /// area has no figure at all for an indicator, each reference shows its own latest. Every figure carries its period. Every figure is read in one
    /// query, the focus areas' members' included, so the factsheet links need no second read.
    /// </remarks>
    public async Task<AreaProfile?> GetAsync(string areaCode, string? programmeSlug, Audience audience, CancellationToken ct)
    {
        if (ParseCode(areaCode) is not { } code || await areaReader.AreaWithAncestorsAsync(code, ct) is not { } found)
        {
            return null;
        }

        var (area, ancestors, children, buurten) = found;
        var references = ReferencesOf(area, ancestors);
        var above = ancestors.Select(a => a.Code).Append(area.Code).ToHashSet();

        // Whether a programme includes the area can change with any programme edit.
        pageTags.Add(CacheTags.Programmes);
        var including = await programmeCatalogue.IncludingAreasAsync(above, ct);
        if (including.Where(p => p.Slug == programmeSlug?.Trim()).ToList() is { Count: 1 } chosen)
        {
            including = chosen;
        }

        var kernsets = await kernsetReader.KernsetsAsync(including, ct);
        var notes = kernsets.Select(k => (Kernset: k, FocusAreas: k.FocusAreas.Where(f => f.Members.Any(above.Contains)).ToList())).ToList();
        pageTags.Add(notes.SelectMany(n => n.FocusAreas.Select(f => CacheTags.FocusArea(n.Kernset.Code, f.Slug))));
        var focusAreaNames = await areaReader.AreasAsync(CodesOf(notes.SelectMany(n => n.FocusAreas)), ct);
        var memberIds = notes.SelectMany(n => n.FocusAreas).SelectMany(f => f.Members).Where(focusAreaNames.ContainsKey).Select(m => focusAreaNames[m].Id);

        var figures = await figureReader.FiguresAsync(
            kernsets.SelectMany(k => k.Entries),
            [area.Id, .. references.Select(r => r.Id), .. memberIds],
            await figureReader.PeriodsAsync(ct),
            audience,
            ct,
            buurten);
        // A wijk's or gemeente's register counts it has no figure of are summed from its buurten (e.g. crimes, counted
        // per buurt only); ratios are derived for the area and each reference from their own parts.
        List<KernsetIndicator> entries = [.. kernsets.SelectMany(k => k.Entries)];
        var derivations = FocusAreaUnits.Derive(figures, entries, DerivationUnit.Single(area.Id, area.Name), buurten);
        var referenceNotes = references.ToDictionary(r => r.Id, r => FocusAreaUnits.Derive(figures, entries, DerivationUnit.Single(r.Id, r.Name), buurten));
        var programmes = notes
            .Select(n => new AreaProgramme(
                n.Kernset.Code,
                n.Kernset.Name,
                [.. n.FocusAreas.Select(f => new AreaFocusNote(
                    FocusAreaRefOf(f, focusAreaNames),
                    [.. WavesWithFigures(n.Kernset, figures, MemberRows(f, focusAreaNames)).Select(w => new WaveRef(w.Slug, w.Name))]))],
                [.. n.Kernset.Pillars.Select(p => new PillarProfile(p, [.. n.Kernset.EntriesOf(p).Select(e => Row(figures, e, area, references, referenceNotes) with { Derivation = derivations.GetValueOrDefault(e) })]))]))
            .ToList();

        programmes = await MarkPillarsWithoutFiguresAsync(programmes, notes.Select(n => n.Kernset).ToList(), audience, ct);
        // Every area page lists its children (a gemeente its wijken, a wijk its buurten) with their inhabitants: one command.
        var shownChildren = children.Where(c => c.Level == area.Level + 1).ToList();
        var inhabitants = await populationReader.NewestAsync([area.Id, .. shownChildren.Select(c => c.Id)], ct);
        return new AreaProfile(RefOf(area), [.. ancestors.Select(RefOf)], programmes, [.. references.Select(RefOf)], [.. shownChildren.Select(RefOf)])
        {
            Population = inhabitants.GetValueOrDefault(area.Id),
            ChildPopulation = shownChildren.Where(c => inhabitants.ContainsKey(c.Id)).ToDictionary(c => c.Code.Value, c => inhabitants[c.Id]),
            BreakdownNames = kernsets.Count > 0 ? kernsets[0].BreakdownNames : new Dictionary<string, BreakdownTitle>(),
        };
    }

    /// <summary>
    /// Marks the pillars whose indicators have no figure in any area (<see cref="PillarProfile.WithoutFigures"/>). Only
    /// pillars with nothing for this area and its references are asked about, in one command, and only when there are any.
    /// </summary>
    private async Task<List<AreaProgramme>> MarkPillarsWithoutFiguresAsync(List<AreaProgramme> programmes, List<Kernset> kernsets, Audience audience, CancellationToken ct)
    {
        static bool Empty(PillarProfile pillar) =>
            pillar.Indicators.Count > 0 && pillar.Indicators.All(i => i.Latest is null && i.Trend.Count == 0 && i.References.All(r => r.Figure is null));

        var asked = programmes.Zip(kernsets)
            .SelectMany(pk => pk.First.Pillars.Where(Empty).SelectMany(p => pk.Second.EntriesOf(p.Pillar).Select(e => e.Indicator.Id)))
            .ToHashSet();
        if (asked.Count == 0)
        {
            return programmes;
        }

        var withFigures = await figureReader.IndicatorsWithFiguresAsync(asked, audience, ct);
        return [.. programmes.Zip(kernsets).Select(pk => pk.First with
        {
            Pillars = [.. pk.First.Pillars.Select(p => Empty(p) && pk.Second.EntriesOf(p.Pillar).All(e => !withFigures.Contains(e.Indicator.Id)) ? p with { WithoutFigures = true } : p)],
        })];
    }

    private static IndicatorRow Row(FigureSet figures, KernsetIndicator entry, AreaRow area, List<AreaRow> references, Dictionary<int, Dictionary<KernsetIndicator, DerivationNote>> referenceNotes)
    {
        var (latest, previous, change, trend) = LatestAndPrevious(figures, entry, area.Id);
        var series = figures.Series(entry, area.Id);
        var referenceFigures = references
            .Select(r =>
            {
                var row = series.Count > 0 ? figures.AtOrBefore(entry, r.Id, figures.Periods[series[^1].PeriodId]) : LatestOf(figures.Series(entry, r.Id));
                return new ReferenceFigure(RefOf(r), row is { } found ? figures.ToFigure(found) : null, row is { } other && (series.Count == 0 || other.PeriodId != series[^1].PeriodId))
                {
                    Derivation = row?.BatchId == FigureDerivation.DerivedBatch.Id ? referenceNotes[r.Id].GetValueOrDefault(entry) : null,
                };
            })
            .ToList();
        return new IndicatorRow(entry.Indicator.Summary, entry.BreakdownCode, latest, previous, change, referenceFigures, trend);
    }
}
