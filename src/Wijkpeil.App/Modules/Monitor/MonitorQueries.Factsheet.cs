using System.Globalization;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor;

public sealed partial class MonitorQueries
{
    /// <summary>
    /// The factsheet of one focus area for one wave ("/factsheets/{code}/{period}"). <paramref name="code"/> is a
    /// focus area's code (<c>overvecht</c>, any case) or the CBS code of one of its members (WK034403).
    /// Null when the code names no focus area of the first programme, or when no member has a kernset figure
    /// in <paramref name="period"/>.
    /// </summary>
    /// <remarks>
    /// The references are the focus area's gemeente and the programme's reference areas, in that order,
    /// each once. <see cref="Factsheet.Sources"/> lists the sources of the indicators shown, then any source
    /// table of the import batches that those do not already name; <see cref="Factsheet.DataVersion"/> names the
    /// newest import batch among the figures shown.
    /// </remarks>
    public async Task<Factsheet?> FactsheetAsync(string code, string period, Audience audience, CancellationToken ct)
    {
        if (await FactsheetScopeAsync(code, audience, ct) is not { } scope)
        {
            return null;
        }

        var (kernset, focusArea, areas, members, references, figures, withFigures) = scope;
        var chosen = withFigures.FirstOrDefault(p => p.Code == (period ?? string.Empty).Trim());
        if (chosen is null)
        {
            return null;
        }

        var shown = new List<ObservationRow>();
        var pillars = kernset.Pillars
            .Select(p => new FactsheetPillar(p, [.. kernset.EntriesOf(p).Select(e => FactsheetRowOf(figures, e, chosen, members, references, shown))]))
            .ToList();

        var newest = shown.Select(figures.Batch).OrderBy(b => b.ImportedAt).ThenBy(b => b.Id).Last();
        return new Factsheet(
            FocusAreaRefOf(focusArea, areas),
            chosen.Code,
            [.. withFigures.Select(p => p.Code)],
            [.. references.Select(RefOf)],
            pillars,
            SourcesOf(kernset, figures, shown),
            string.Create(CultureInfo.InvariantCulture, $"importbatch {newest.Id}"),
            newest.ImportedAt);
    }

    /// <summary>
    /// The waves a focus area has a factsheet for, oldest first: the periods in which a member has a kernset
    /// figure. Empty when <paramref name="code"/> names no focus area (same codes as <see cref="FactsheetAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> FactsheetPeriodsAsync(string code, Audience audience, CancellationToken ct) =>
        await FactsheetScopeAsync(code, audience, ct) is { } scope ? [.. scope.WithFigures.Select(p => p.Code)] : [];

    private async Task<FactsheetScope?> FactsheetScopeAsync(string code, Audience audience, CancellationToken ct)
    {
        if (await KernsetAsync(ct) is not { } kernset)
        {
            return null;
        }

        var wanted = (code ?? string.Empty).Trim();
        var memberCode = ParseCode(wanted);
        var focusArea = kernset.FocusAreas.FirstOrDefault(f => string.Equals(f.Code, wanted, StringComparison.OrdinalIgnoreCase))
            ?? kernset.FocusAreas.FirstOrDefault(f => memberCode is { } member && f.Members.Contains(member));
        if (focusArea is null)
        {
            return null;
        }

        var referenceCodes = kernset.ReferenceAreas.Prepend(focusArea.MunicipalityCode).Distinct().ToList();
        var areas = await AreasAsync(CodesOf([focusArea]).Concat(referenceCodes), ct);
        var members = focusArea.Members.Select(m => (Ref: RefOf(m, areas), Row: areas.GetValueOrDefault(m))).ToList();
        var references = referenceCodes.Where(areas.ContainsKey).Select(c => areas[c]).ToList();
        var periods = await PeriodsAsync(ct);
        var figures = await FiguresAsync(kernset, [.. members.Where(m => m.Row is not null).Select(m => m.Row!.Id), .. references.Select(r => r.Id)], periods, audience, ct);

        var memberRows = members.Where(m => m.Row is not null).Select(m => m.Row!).ToList();
        var withFigures = periods.Ordered
            .Where(p => kernset.Entries.Any(e => memberRows.Any(m => figures.At(e, m.Id, p.Id) is not null)))
            .ToList();
        return new FactsheetScope(kernset, focusArea, areas, members, references, figures, withFigures);
    }

    /// <summary>One indicator of the factsheet; adds the observations it shows to <paramref name="shown"/>.</summary>
    private static FactsheetRow FactsheetRowOf(
        FigureSet figures,
        KernsetEntry entry,
        PeriodInfo period,
        List<(AreaRef Ref, AreaRow? Row)> members,
        List<AreaRow> references,
        List<ObservationRow> shown)
    {
        var memberFigures = new List<MemberFigures>();
        foreach (var (area, row) in members)
        {
            var current = row is null ? null : figures.At(entry, row.Id, period.Id);
            var previous = row is null ? null : figures.Before(entry, row.Id, period);
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
            var figure = figures.At(entry, reference.Id, period.Id);
            if (figure is { } found)
            {
                shown.Add(found);
            }

            referenceFigures.Add(new ReferenceFigure(RefOf(reference), figure is { } f ? figures.ToFigure(f) : null));
        }

        return new FactsheetRow(entry.Indicator.Summary, entry.BreakdownCode, memberFigures, referenceFigures);
    }

    /// <summary>The indicators' sources in kernset order, then batch source tables none of them names.</summary>
    private static List<string> SourcesOf(Kernset kernset, FigureSet figures, List<ObservationRow> shown)
    {
        var indicatorIds = shown.Select(r => r.IndicatorId).ToHashSet();
        var sources = kernset.Entries
            .Where(e => indicatorIds.Contains(e.Indicator.Id) && e.Indicator.Summary.Source.Length > 0)
            .Select(e => e.Indicator.Summary.Source)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var tables = shown.Select(figures.Batch).OrderBy(b => b.Id).Select(b => b.Source).Distinct(StringComparer.Ordinal);
        sources.AddRange(tables.Where(t => t.Length > 0 && !sources.Any(s => s.Contains(t, StringComparison.OrdinalIgnoreCase))).ToList());
        return sources;
    }

    /// <summary>What a factsheet and its list of waves are built from.</summary>
    private sealed record FactsheetScope(
        Kernset Kernset,
        Domain.Programmes.FocusArea FocusArea,
        Dictionary<AreaCode, AreaRow> Areas,
        List<(AreaRef Ref, AreaRow? Row)> Members,
        List<AreaRow> References,
        FigureSet Figures,
        List<PeriodInfo> WithFigures);
}
