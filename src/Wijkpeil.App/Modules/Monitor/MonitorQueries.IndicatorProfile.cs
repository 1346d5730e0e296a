using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Monitor;

public sealed partial class MonitorQueries
{
    // Boundaries are fetched by id in chunks, well below every provider's limit on query parameters.
    private const int BoundaryChunk = 500;

    private static readonly AreaCode Netherlands = AreaCode.From("NL00");

    /// <summary>
    /// An indicator across areas ("/indicatoren/{code}"): the areas of <see cref="IndicatorProfileRequest.Level"/>
    /// within <see cref="IndicatorProfileRequest.Within"/> ranked for one period and breakdown, with their
    /// distribution. Null when the indicator code is unknown (matched exactly, else ignoring case).
    /// </summary>
    /// <remarks>
    /// What the request leaves open or names wrongly falls back to the default, and the profile says what was
    /// used, so the page can tell the reader: <c>Within</c> to NL00 (also when it is not in the register), the
    /// breakdown to the kernset's (else <c>totaal</c>, else the first with figures), the period to the latest
    /// with figures in that breakdown. A period or breakdown is valid only when it has figures for the indicator.
    /// </remarks>
    public async Task<IndicatorProfile?> IndicatorProfileAsync(IndicatorProfileRequest request, Audience audience, CancellationToken ct) =>
        (await IndicatorViewAsync(request, audience, ct))?.Profile;

    /// <summary>
    /// The map of an indicator profile as a GeoJSON FeatureCollection: one feature per area with a figure and a
    /// boundary (the ranked areas, and areas whose figure is suppressed, with value null), properties
    /// <c>code</c>, <c>name</c>, <c>value</c>, the boundary of the layout year nearest the period's year.
    /// Null when the indicator code is unknown.
    /// </summary>
    public async Task<string?> IndicatorMapGeoJsonAsync(IndicatorProfileRequest request, Audience audience, CancellationToken ct)
    {
        if (await IndicatorViewAsync(request, audience, ct) is not { } view)
        {
            return null;
        }

        var geometries = await GeometriesAsync(view, ct);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            foreach (var (area, value) in view.Mapped)
            {
                if (!geometries.TryGetValue(area.Id, out var geometry))
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("type", "Feature");
                writer.WriteStartObject("properties");
                writer.WriteString("code", area.Code.Value);
                writer.WriteString("name", area.Name);
                if (value is { } number)
                {
                    writer.WriteNumber("value", number);
                }
                else
                {
                    writer.WriteNull("value");
                }

                writer.WriteEndObject();
                writer.WritePropertyName("geometry");
                writer.WriteRawValue(geometry);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private async Task<IndicatorView?> IndicatorViewAsync(IndicatorProfileRequest request, Audience audience, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindIndicatorAsync(request.IndicatorCode, ct) is not { } indicator)
        {
            return null;
        }

        var periods = await PeriodsAsync(ct);
        var visible = db.Observations.VisibleTo(audience);

        // Which (period, breakdown) pairs have a figure: a few dozen EXISTS probes on the key prefix, not a read
        // of the indicator's tens of thousands of rows.
        var pairs = await (
            from p in db.Periods
            from b in db.Breakdowns
            where visible.Any(o => o.IndicatorId == indicator.Id && o.PeriodId == p.Id && o.BreakdownId == b.Id)
            select new { PeriodId = p.Id, BreakdownId = b.Id, BreakdownCode = b.Code })
            .ToListAsync(ct);
        var kernsetBreakdown = await db.Programmes
            .OrderBy(p => p.Id)
            .Take(1)
            .SelectMany(p => p.CoreIndicators)
            .Where(c => c.IndicatorId == indicator.Id)
            .OrderBy(c => c.Order)
            .Select(c => c.BreakdownCode)
            .FirstOrDefaultAsync(ct);

        var breakdownCodes = pairs.Select(p => p.BreakdownCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var breakdown = new[] { request.Breakdown is null ? null : Breakdown.NormaliseCode(request.Breakdown), kernsetBreakdown, Breakdown.TotalCode }
            .FirstOrDefault(c => c is not null && breakdownCodes.Contains(c))
            ?? breakdownCodes.FirstOrDefault()
            ?? kernsetBreakdown
            ?? Breakdown.TotalCode;
        var inBreakdown = pairs.Where(p => p.BreakdownCode == breakdown).Select(p => periods[p.PeriodId]).OrderBy(p => p.Order).ToList();
        var periodList = pairs.Select(p => periods[p.PeriodId]).Distinct().OrderBy(p => p.Order).ToList();
        var period = periodList.FirstOrDefault(p => p.Code == request.Period?.Trim())
            ?? inBreakdown.LastOrDefault()
            ?? periodList.LastOrDefault();

        var within = (ParseCode(request.Within ?? Netherlands.Value) is { } withinCode ? await AreaAsync(withinCode, ct) : null)
            ?? await AreaAsync(Netherlands, ct)
            ?? new AreaRow(0, Netherlands, "Nederland", AreaLevel.Country, null);
        var candidates = await AreasWithinAsync(request.Level, within, ct);

        var rows = new List<ObservationRow>();
        var breakdownId = pairs.FirstOrDefault(p => p.BreakdownCode == breakdown)?.BreakdownId;
        if (period is not null && breakdownId is { } bId)
        {
            rows = await visible.AsNoTracking()
                .Where(o => o.IndicatorId == indicator.Id && o.PeriodId == period.Id && o.BreakdownId == bId)
                .Select(o => new ObservationRow(o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId, o.Value, o.Lower, o.Upper, o.SampleSize, o.ImportBatchId))
                .ToListAsync(ct);
        }

        var figures = new FigureSet([], await BatchesAsync(rows.Select(r => r.BatchId), ct), periods, _policy);
        var byArea = rows.Where(r => candidates.ContainsKey(r.AreaId)).ToDictionary(r => r.AreaId);
        var shown = byArea.Values.Where(r => !figures.IsSuppressed(r)).ToList();
        var ranked = MonitorStatistics.Rank(shown, r => r.Value, indicator.Polarity, r => candidates[r.AreaId].Code.Value);
        var ranking = ranked.Select(x => new RankedArea(x.Rank, RefOf(candidates[x.Item.AreaId]), figures.ToFigure(x.Item))).ToList();
        var withoutValue = candidates.Values
            .Where(a => !byArea.TryGetValue(a.Id, out var r) || figures.IsSuppressed(r))
            .OrderBy(a => a.Code)
            .Select(RefOf)
            .ToList();

        var withBoundary = ranking.Count == 0 ? [] : await BoundaryAreaIdsAsync(request.Level, ct);
        var withoutBoundary = shown.Where(r => !withBoundary.Contains(r.AreaId)).Select(r => candidates[r.AreaId]).OrderBy(a => a.Code).Select(RefOf).ToList();

        var profile = new IndicatorProfile(
            indicator.Summary,
            [.. periodList.Select(p => p.Code)],
            breakdownCodes,
            period?.Code ?? request.Period?.Trim() ?? string.Empty,
            breakdown,
            request.Level,
            RefOf(within),
            ranking,
            withoutValue,
            withoutBoundary,
            MonitorStatistics.Describe(shown.Select(r => r.Value)));

        // The map shows every area with a figure: ranked ones by value, suppressed ones as "not shown".
        var mapped = ranked.Select(x => (candidates[x.Item.AreaId], (double?)x.Item.Value))
            .Concat(byArea.Values.Where(figures.IsSuppressed).Select(r => (candidates[r.AreaId], (double?)null)))
            .ToList();
        return new IndicatorView(profile, request.Level, period?.Year, mapped);
    }

    private async Task<IndicatorInfo?> FindIndicatorAsync(string? code, CancellationToken ct)
    {
        var wanted = (code ?? string.Empty).Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        var found = await IndicatorsAsync(db.Indicators.Where(i => i.Code == wanted), ct);
        if (found.Count == 0)
        {
            // Links and typed URLs lose the case ("ervarengezondheidgoedzeergoed"); the catalogue is small.
            var codes = await db.Indicators.AsNoTracking().Select(i => i.Code).ToListAsync(ct);
            if (codes.FirstOrDefault(c => string.Equals(c, wanted, StringComparison.OrdinalIgnoreCase)) is not { } match)
            {
                return null;
            }

            found = await IndicatorsAsync(db.Indicators.Where(i => i.Code == match), ct);
        }

        return found.Values.Single();
    }

    /// <summary>
    /// The register's areas of <paramref name="level"/> that lie in <paramref name="within"/>, by id. A wijk or buurt
    /// code names its gemeente (and a buurt its wijk); a gemeente's provincie comes from the register.
    /// </summary>
    private async Task<Dictionary<int, AreaRow>> AreasWithinAsync(AreaLevel level, AreaRow within, CancellationToken ct)
    {
        if (level <= within.Level)
        {
            return [];
        }

        var areas = await db.Areas.AsNoTracking()
            .Where(a => a.Level == level)
            .Select(a => new AreaRow(a.Id, a.Code, a.Name, a.Level, a.ParentCode))
            .ToListAsync(ct);
        Func<AreaRow, bool> inside;
        switch (within.Level)
        {
            case AreaLevel.Country:
                inside = _ => true;
                break;
            case AreaLevel.Province:
                var municipalities = (await db.Areas.AsNoTracking()
                    .Where(a => a.Level == AreaLevel.Municipality && a.ParentCode == within.Code)
                    .Select(a => a.Code)
                    .ToListAsync(ct)).ToHashSet();
                inside = a => a.Level == AreaLevel.Municipality ? a.ParentCode == within.Code : a.Code.Municipality is { } m && municipalities.Contains(m);
                break;
            case AreaLevel.Municipality:
                inside = a => a.Code.Municipality == within.Code;
                break;
            default:
                inside = a => a.Code.DerivedParent == within.Code;
                break;
        }

        return areas.Where(inside).ToDictionary(a => a.Id);
    }

    /// <summary>The ids of the areas of a level that have a boundary in any layout year.</summary>
    private async Task<HashSet<int>> BoundaryAreaIdsAsync(AreaLevel level, CancellationToken ct) =>
        (await db.AreaBoundaries.AsNoTracking()
            .Where(b => db.Areas.Any(a => a.Id == b.AreaId && a.Level == level))
            .Select(b => b.AreaId)
            .Distinct()
            .ToListAsync(ct)).ToHashSet();

    /// <summary>The GeoJSON geometry per area of the map, from the layout year nearest the period's year (the later one on a tie).</summary>
    private async Task<Dictionary<int, string>> GeometriesAsync(IndicatorView view, CancellationToken ct)
    {
        if (view.Mapped.Count == 0)
        {
            return [];
        }

        var wanted = view.Mapped.Select(m => m.Area.Id).ToHashSet();
        var level = view.Level;
        var year = view.PeriodYear ?? int.MaxValue;
        var boundaries = await db.AreaBoundaries.AsNoTracking()
            .Where(b => db.Areas.Any(a => a.Id == b.AreaId && a.Level == level))
            .Select(b => new { b.Id, b.AreaId, b.LayoutYear })
            .ToListAsync(ct);
        var chosen = boundaries
            .Where(b => wanted.Contains(b.AreaId))
            .GroupBy(b => b.AreaId)
            .Select(g => g.OrderBy(b => Math.Abs((long)b.LayoutYear - year)).ThenByDescending(b => b.LayoutYear).First())
            .ToList();

        var geometries = new Dictionary<int, string>();
        foreach (var chunk in chosen.Chunk(BoundaryChunk))
        {
            var ids = chunk.Select(b => b.Id).ToList();
            var rows = await db.AreaBoundaries.AsNoTracking()
                .Where(b => ids.Contains(b.Id))
                .Select(b => new { b.AreaId, b.GeometryJson })
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                geometries[row.AreaId] = row.GeometryJson;
            }
        }

        return geometries;
    }

    /// <summary>A profile with what the map needs besides it: every area with a figure and its shown value.</summary>
    private sealed record IndicatorView(IndicatorProfile Profile, AreaLevel Level, int? PeriodYear, List<(AreaRow Area, double? Value)> Mapped);
}
