using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Monitor;

public sealed partial class MonitorQueries
{
    /// <summary>
    /// Everything the area page ("/wijken/{code}") shows for any area of the register: its place in the
    /// hierarchy, the focus areas it is or lies in, and the first programme's kernset per pillar (pillars
    /// without indicators included, with an empty list) with latest and previous figure, the change, the
    /// references' figures for the same period and the trend. Null when the code is not in the register.
    /// </summary>
    /// <remarks>
    /// The references' figures are those of the area's latest period; when the area has no figure at all for
    /// an indicator, each reference shows its own latest (the figure carries its period).
    /// </remarks>
    public async Task<AreaProfile?> AreaProfileAsync(string areaCode, Audience audience, CancellationToken ct)
    {
        if (ParseCode(areaCode) is not { } code || await AreaAsync(code, ct) is not { } area)
        {
            return null;
        }

        var ancestors = await AncestorsAsync(area, ct);
        var references = ReferencesOf(area, ancestors);
        var kernset = await KernsetAsync(ct);

        var above = ancestors.Select(a => a.Code).Append(area.Code).ToHashSet();
        var focusAreas = kernset?.FocusAreas.Where(f => f.Members.Any(above.Contains)).ToList() ?? [];
        pageTags.Add(focusAreas.Select(f => CacheTags.FocusArea(kernset!.Code, f.Code)));
        var focusAreaNames = await AreasAsync(CodesOf(focusAreas), ct);

        var figures = await FiguresAsync(kernset, [area.Id, .. references.Select(r => r.Id)], await PeriodsAsync(ct), audience, ct);
        var pillars = kernset?.Pillars
            .Select(p => new PillarProfile(p, [.. kernset.EntriesOf(p).Select(e => Row(figures, e, area, references))]))
            .ToList() ?? [];

        return new AreaProfile(
            RefOf(area),
            [.. ancestors.Select(RefOf)],
            [.. focusAreas.Select(f => FocusAreaRefOf(f, focusAreaNames))],
            [.. references.Select(RefOf)],
            pillars);
    }

    private static IndicatorRow Row(FigureSet figures, KernsetEntry entry, AreaRow area, List<AreaRow> references)
    {
        var (latest, previous, change, trend) = LatestAndPrevious(figures, entry, area.Id);
        var series = figures.Series(entry, area.Id);
        var referenceFigures = references
            .Select(r =>
            {
                var row = series.Count > 0 ? figures.At(entry, r.Id, series[^1].PeriodId) : LatestOf(figures.Series(entry, r.Id));
                return new ReferenceFigure(RefOf(r), row is { } found ? figures.ToFigure(found) : null);
            })
            .ToList();
        return new IndicatorRow(entry.Indicator.Summary, entry.BreakdownCode, latest, previous, change, referenceFigures, trend);
    }

    private static ObservationRow? LatestOf(List<ObservationRow> series) => series.Count > 0 ? series[^1] : null;
}
