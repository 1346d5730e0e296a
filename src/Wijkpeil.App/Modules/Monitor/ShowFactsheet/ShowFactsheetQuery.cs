using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using static Wijkpeil.App.Modules.Monitor.Reading.AreaReader;
using static Wijkpeil.App.Modules.Monitor.Reading.FigureReader;

namespace Wijkpeil.App.Modules.Monitor.ShowFactsheet;

/// <summary>The factsheet of a focus area for one wave of its programme, for its page and its PDF.</summary>
public sealed class ShowFactsheetQuery(IProgrammeCatalogue programmeCatalogue, KernsetReader kernsetReader, AreaReader areaReader, FigureReader figureReader)
{
    /// <summary>
    /// The factsheet of one focus area of a programme for one of its waves ("/programmas/{slug}/factsheets/{focusArea}/{wave}").
    /// <paramref name="focusArea"/> is the focus area's slug (any case) or the CBS code of one of its members
    /// (WK034403). Each kernset indicator shows the period the wave takes for it through its sources. Null when the
    /// programme, focus area or wave is unknown, or when no member has a kernset figure in the wave.
    /// </summary>
    /// <remarks>
    /// The references are the focus area's gemeente and the programme's reference areas, in that order,
    /// each once. <see cref="Factsheet.Sources"/> names each source table of the figures shown with its title and
    /// period; <see cref="Factsheet.DataVersion"/> says in words when the newest of them was imported, and from where.
    /// </remarks>
    public async Task<Factsheet?> GetAsync(string programmeSlug, string focusArea, string wave, Audience audience, CancellationToken ct)
    {
        if (await FactsheetScopeAsync(programmeSlug, focusArea, audience, ct) is not { } scope)
        {
            return null;
        }

        var (kernset, chosenArea, areas, members, references, figures, withFigures) = scope;
        var (unit, notes, referenceNotes) = (scope.Unit!, scope.Notes!, scope.ReferenceNotes!);
        var whole = new AreaRef(chosenArea.Slug, chosenArea.Name, chosenArea.Members[0].Level);
        var chosen = withFigures.FirstOrDefault(w => string.Equals(w.Slug, (wave ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return null;
        }

        var shown = new List<ObservationRow>();
        PeriodInfo? PeriodOf(KernsetIndicator entry) => figures.Periods.ByCode(Kernset.PeriodIn(chosen, entry));
        var focusId = unit.IsComposite ? unit.Id : members[0].Row?.Id ?? 0;
        var memberIds = members.Select(m => m.Row?.Id).ToList();
        var pillars = kernset.Pillars
            .Select(p =>
            {
                var rows = kernset.EntriesOf(p)
                    .Select(e => (Entry: e, Row: WithWhole(FactsheetRowOf(figures, e, PeriodOf(e), members, references, referenceNotes, shown), figures, e, PeriodOf(e), unit, notes, whole)))
                    .ToList();
                return new FactsheetPillar(p, [.. rows.Select(r => r.Row)]) { Headlines = FactsheetSummary.Headlines(rows, figures, PeriodOf, focusId, memberIds) };
            })
            .ToList();

        var (sources, version) = FactsheetSummary.ProvenanceOf(figures, shown);
        return new Factsheet(
            kernset.Code,
            kernset.Name,
            FocusAreaRefOf(chosenArea, areas),
            new WaveRef(chosen.Slug, chosen.Name),
            [.. withFigures.Select(w => new WaveRef(w.Slug, w.Name))],
            [.. references.Select(RefOf)],
            pillars,
            sources,
            version)
        {
            BreakdownNames = kernset.BreakdownNames,
            Population = PopulationReader.Of(kernset, figures, [.. members.Where(m => m.Row is not null).Select(m => m.Row!.Id)]),
        };
    }

    /// <summary>
    /// Where an old factsheet address ("/factsheets/{code}/{period}", per calendar year) now lives: the wave of the only
    /// programme that has the focus area (slug or member code) and a wave taking <paramref name="period"/> from one of its
    /// sources. Null when there is none, or more than one (the address is then ambiguous).
    /// </summary>
    public async Task<(string Programme, string FocusArea, string Wave)?> WaveOfPeriodAsync(string code, string period, CancellationToken ct)
    {
        var wanted = (code ?? string.Empty).Trim();
        var memberCode = ParseCode(wanted);
        var slugs = (await programmeCatalogue.ListAsync(ct)).Select(p => p.Slug).ToList();
        var matches = (await programmeCatalogue.DetailsAsync(slugs, ct))
            .SelectMany(p => p.FocusAreas
                .Where(f => string.Equals(f.Slug, wanted, StringComparison.OrdinalIgnoreCase) || (memberCode is { } member && f.Members.Contains(member)))
                .SelectMany(f => p.Waves
                    .Where(w => w.Sources.Any(s => s.PeriodCode == (period ?? string.Empty).Trim()))
                    .Select(w => (p.Slug, FocusArea: f.Slug, Wave: w.Slug))))
            .Distinct()
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private async Task<FactsheetScope?> FactsheetScopeAsync(string programmeSlug, string code, Audience audience, CancellationToken ct)
    {
        var programmes = await programmeCatalogue.DetailsAsync([(programmeSlug ?? string.Empty).Trim()], ct);
        var wanted = (code ?? string.Empty).Trim();
        var memberCode = ParseCode(wanted);
        var focusArea = programmes.SelectMany(p => p.FocusAreas).FirstOrDefault(f => string.Equals(f.Slug, wanted, StringComparison.OrdinalIgnoreCase))
            ?? programmes.SelectMany(p => p.FocusAreas).FirstOrDefault(f => memberCode is { } member && f.Members.Contains(member));
        if (focusArea is null || (await kernsetReader.KernsetsAsync(programmes, ct)).FirstOrDefault() is not { } kernset)
        {
            return null;
        }

        var referenceCodes = kernset.ReferenceAreas.Prepend(focusArea.Municipality).Distinct().ToList();
        var (areas, buurten) = await areaReader.AreasWithBuurtenAsync(CodesOf([focusArea]).Concat(referenceCodes), focusArea.Members.Concat(referenceCodes), ct);
        var members = focusArea.Members.Select(m => (Ref: RefOf(m, areas), Row: areas.GetValueOrDefault(m))).ToList();
        var references = referenceCodes.Where(areas.ContainsKey).Select(c => areas[c]).ToList();
        var periods = await figureReader.PeriodsAsync(ct);
        var figures = await figureReader.FiguresAsync(
            kernset.Entries,
            [.. members.Where(m => m.Row is not null).Select(m => m.Row!.Id), .. references.Select(r => r.Id)],
            periods,
            audience,
            ct,
            buurten);
        // The focus area as one unit (derived figures, members' ratios), and the references' sums of buurten and ratios.
        var unit = FocusAreaUnits.Of(focusArea, kernset.FocusAreas.ToList().FindIndex(f => f.Slug == focusArea.Slug), areas);
        var notes = FocusAreaUnits.Derive(figures, kernset.Entries, unit, buurten);
        var referenceNotes = references.ToDictionary(r => r.Id, r => FocusAreaUnits.Derive(figures, kernset.Entries, DerivationUnit.Single(r.Id, r.Name), buurten));

        return new FactsheetScope(kernset, focusArea, areas, members, references, figures, WavesWithFigures(kernset, figures, MemberRows(focusArea, areas)))
        {
            Unit = unit,
            Notes = notes,
            ReferenceNotes = referenceNotes,
        };
    }

    /// <summary>
    /// A focus area of several members gets its own figure of the wave's period beside theirs (derived, with the
    /// derivation), or the note that its members are to be read side by side; derived figures are not "shown" batches.
    /// </summary>
    private static FactsheetRow WithWhole(FactsheetRow row, FigureSet figures, KernsetIndicator entry, PeriodInfo? period, DerivationUnit unit, Dictionary<KernsetIndicator, DerivationNote> notes, AreaRef whole)
    {
        if (!unit.IsComposite)
        {
            // A focus area of one wijk: its own figure may be derived too (crimes summed from its buurten).
            return row with { Derivation = notes.GetValueOrDefault(entry) is { IsDerived: true } own ? own : null };
        }

        var current = period is null ? null : figures.At(entry, unit.Id, period.Id);
        var previous = period is null ? null : figures.Before(entry, unit.Id, period);
        return row with
        {
            Whole = new MemberFigures(
                whole,
                current is { } c ? figures.ToFigure(c) : null,
                previous is { } p ? figures.ToFigure(p) : null,
                current is { } now && previous is { } before ? figures.ChangeBetween(entry.Indicator, before, now) : null),
            Derivation = notes.GetValueOrDefault(entry),
        };
    }

    /// <summary>One indicator of the factsheet; adds the observations it shows to <paramref name="shown"/>.</summary>
    private static FactsheetRow FactsheetRowOf(
        FigureSet figures,
        KernsetIndicator entry,
        PeriodInfo? period,
        List<(AreaRef Ref, AreaRow? Row)> members,
        List<AreaRow> references,
        Dictionary<int, Dictionary<KernsetIndicator, DerivationNote>> referenceNotes,
        List<ObservationRow> shown)
    {
        var memberFigures = new List<MemberFigures>();
        foreach (var (area, row) in members)
        {
            var current = row is null || period is null ? null : figures.At(entry, row.Id, period.Id);
            var previous = row is null || period is null ? null : figures.Before(entry, row.Id, period);
            shown.AddRange(new[] { current, previous }.OfType<ObservationRow>());
            memberFigures.Add(new MemberFigures(
                area,
                current is { } c ? figures.ToFigure(c) : null,
                previous is { } p ? figures.ToFigure(p) : null,
                current is { } now && previous is { } before ? figures.ChangeBetween(entry.Indicator, before, now) : null));
        }

        var referenceFigures = new List<ReferenceFigure>();
        foreach (var reference in references)
        {
            var figure = period is null ? null : figures.AtOrBefore(entry, reference.Id, period);
            if (figure is { } found)
            {
                shown.Add(found);
            }

            referenceFigures.Add(new ReferenceFigure(RefOf(reference), figure is { } f ? figures.ToFigure(f) : null, figure is { } other && other.PeriodId != period!.Id)
            {
                Derivation = figure?.BatchId == FigureDerivation.DerivedBatch.Id ? referenceNotes[reference.Id].GetValueOrDefault(entry) : null,
            });
        }

        return new FactsheetRow(entry.Indicator.Summary, entry.BreakdownCode, memberFigures, referenceFigures);
    }

    /// <summary>What a factsheet and its list of waves are built from.</summary>
    private sealed record FactsheetScope(
        Kernset Kernset,
        FocusAreaDetails FocusArea,
        Dictionary<AreaCode, AreaRow> Areas,
        List<(AreaRef Ref, AreaRow? Row)> Members,
        List<AreaRow> References,
        FigureSet Figures,
        List<WaveDetails> WithFigures)
    {
        public DerivationUnit? Unit { get; init; }

        public Dictionary<KernsetIndicator, DerivationNote>? Notes { get; init; }

        /// <summary>Per reference area's id: what its derived figures (a gemeente's sums of buurten, ratios) are.</summary>
        public Dictionary<int, Dictionary<KernsetIndicator, DerivationNote>>? ReferenceNotes { get; init; }
    }
}
