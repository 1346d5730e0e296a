using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using static Wijkpeil.App.Modules.Monitor.Reading.AreaReader;
using static Wijkpeil.App.Modules.Monitor.Reading.FigureReader;

namespace Wijkpeil.App.Modules.Monitor.ShowAreaProfile;

/// <summary>An area's profile ("/wijken/{code}"), for its page and its trend charts.</summary>
public sealed class ShowAreaProfileQuery(
    IProgrammeCatalogue programmeCatalogue,
    KernsetReader kernsetReader,
    AreaReader areaReader,
    FigureReader figureReader,
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

        var (area, ancestors, children) = found;

        // A wijk's register counts it has no figure of are summed from its buurten (e.g. crimes, counted per buurt).
        var buurten = area.Level == AreaLevel.District ? children.Where(c => c.Level == AreaLevel.Neighbourhood).ToList() : [];
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
            [area.Id, .. references.Select(r => r.Id), .. memberIds, .. buurten.Select(b => b.Id)],
            await figureReader.PeriodsAsync(ct),
            audience,
            ct);
        var derivations = Derive(figures, [.. kernsets.SelectMany(k => k.Entries)], area, references, buurten);
        var programmes = notes
            .Select(n => new AreaProgramme(
                n.Kernset.Code,
                n.Kernset.Name,
                [.. n.FocusAreas.Select(f => new AreaFocusNote(
                    FocusAreaRefOf(f, focusAreaNames),
                    [.. WavesWithFigures(n.Kernset, figures, MemberRows(f, focusAreaNames)).Select(w => new WaveRef(w.Slug, w.Name))]))],
                [.. n.Kernset.Pillars.Select(p => new PillarProfile(p, [.. n.Kernset.EntriesOf(p).Select(e => Row(figures, e, area, references) with { Derivation = derivations.GetValueOrDefault(e) })]))]))
            .ToList();

        programmes = await MarkPillarsWithoutFiguresAsync(programmes, notes.Select(n => n.Kernset).ToList(), audience, ct);
        List<AreaRef> childLinks = programmes.Count > 0 ? [] : [.. children.Select(RefOf)];
        return new AreaProfile(RefOf(area), [.. ancestors.Select(RefOf)], programmes, [.. references.Select(RefOf)], childLinks);
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

    /// <summary>
    /// The area's derived figures, added to <paramref name="figures"/>: register counts it has no figure of, summed from
    /// its buurten; and derived (ratio) indicators of the area and of its references, from their own numerator and
    /// denominator. Returns what is said of each of the area's derived figures.
    /// </summary>
    private static Dictionary<KernsetIndicator, DerivationNote> Derive(FigureSet figures, List<KernsetIndicator> entries, AreaRow area, List<AreaRow> references, List<AreaRow> buurten)
    {
        var notes = new Dictionary<KernsetIndicator, DerivationNote>();
        if (buurten.Count > 0)
        {
            var counts = entries.Where(e => e.Indicator is { Kind: IndicatorKind.Count, SourceKind: SourceKind.Register, Ratio: null }).ToList();
            var unit = new DerivationUnit(area.Id, [.. buurten.Select(b => new DerivationMember(b.Id, b.Name))], MembersAreBuurten: true);
            foreach (var (entry, note) in FigureDerivation.Derive(figures, counts, unit))
            {
                if (note.IsDerived)
                {
                    notes[entry] = note;
                }
            }
        }

        var ratios = entries.Where(e => e.Indicator.Ratio is not null).ToList();
        foreach (var (entry, note) in FigureDerivation.Derive(figures, ratios, DerivationUnit.Single(area.Id, area.Name)))
        {
            notes[entry] = note;
        }

        foreach (var reference in references)
        {
            FigureDerivation.Derive(figures, ratios, DerivationUnit.Single(reference.Id, reference.Name));
        }

        return notes;
    }

    private static IndicatorRow Row(FigureSet figures, KernsetIndicator entry, AreaRow area, List<AreaRow> references)
    {
        var (latest, previous, change, trend) = LatestAndPrevious(figures, entry, area.Id);
        var series = figures.Series(entry, area.Id);
        var referenceFigures = references
            .Select(r =>
            {
                var row = series.Count > 0 ? figures.AtOrBefore(entry, r.Id, figures.Periods[series[^1].PeriodId]) : LatestOf(figures.Series(entry, r.Id));
                return new ReferenceFigure(RefOf(r), row is { } found ? figures.ToFigure(found) : null, row is { } other && (series.Count == 0 || other.PeriodId != series[^1].PeriodId));
            })
            .ToList();
        return new IndicatorRow(entry.Indicator.Summary, entry.BreakdownCode, latest, previous, change, referenceFigures, trend);
    }
}
