using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Monitor.Reading;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using static Wijkpeil.App.Modules.Monitor.Reading.AreaReader;

namespace Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;

/// <summary>One indicator across the areas of a level ("/indicatoren/{code}"): its ranking, distribution and map.</summary>
public sealed class ShowIndicatorProfileQuery(
    IAreaRegister register,
    IObservationReader observations,
    IIndicatorCatalogue indicatorCatalogue,
    IProgrammeCatalogue programmeCatalogue,
    FigureReader figureReader,
    PageCacheTags pageTags)
{
    // Boundaries are fetched by id in chunks, well below every provider's limit on query parameters.
    private const int BoundaryChunk = 500;

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
    public async Task<IndicatorProfile?> GetAsync(IndicatorProfileRequest request, Audience audience, CancellationToken ct) =>
        (await IndicatorViewAsync(request, audience, ct))?.Profile;

    /// <summary>
    /// The map of an indicator profile as a GeoJSON FeatureCollection: one feature per area with a figure and a
    /// boundary (the ranked areas, and areas whose figure is suppressed, with value null), properties
    /// <c>code</c>, <c>name</c>, <c>value</c>, the boundary of the layout year nearest the period's year.
    /// Null when the indicator code is unknown.
    /// </summary>
    public async Task<string?> MapGeoJsonAsync(IndicatorProfileRequest request, Audience audience, CancellationToken ct)
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
            foreach (var (area, value, _, derivation) in view.Mapped)
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

                // A figure the monitor summed from buurten says so, in both languages (docs/data-formats.md).
                writer.WriteBoolean("derived", derivation is not null);
                if (derivation is not null)
                {
                    writer.WriteString("derivationNl", derivation.TextNl);
                    writer.WriteString("derivationEn", derivation.TextEn);
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
        if (await FindIndicatorAsync(request.IndicatorCode, request.Programme, audience, ct) is not { } found)
        {
            return null;
        }

        var (indicator, kernsetBreakdown) = found;

        // One indicator across many areas: tagged by the indicator, not by each area (see CacheTags). The default
        // breakdown comes from the programmes' kernsets.
        pageTags.Add(CacheTags.Indicator(indicator.Summary.Code), CacheTags.Figures, CacheTags.Programmes);
        var visible = observations.Figures(audience);

        // Which (period, breakdown) pairs have a figure, with the periods' names: a few dozen EXISTS probes on the key
        // prefix, not a read of the indicator's tens of thousands of rows. A ratio indicator is derived where its
        // numerator has figures (DerivedAreaFigures), so those count too.
        var numeratorId = indicator.Ratio?.NumeratorId;
        var ofIndicator = numeratorId is null
            ? visible.Where(o => o.IndicatorId == indicator.Id)
            : visible.Where(o => o.IndicatorId == indicator.Id || o.IndicatorId == numeratorId);
        var pairs = await (
            from p in observations.Periods
            from b in observations.Breakdowns
            where ofIndicator.Any(o => o.PeriodId == p.Id && o.BreakdownId == b.Id)
            select new { PeriodId = p.Id, p.Code, p.Year, p.Label, BreakdownId = b.Id, BreakdownCode = b.Code, b.NameNl, b.NameEn })
            .ToListAsync(ct);
        var periods = new PeriodCatalogue([.. pairs
            .DistinctBy(p => p.PeriodId)
            .OrderBy(p => p.Year)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select((p, index) => new PeriodInfo(p.PeriodId, p.Code, p.Year, p.Label, index))]);

        var breakdownCodes = pairs.Select(p => p.BreakdownCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var breakdown = new[] { request.Breakdown is null ? null : BreakdownCodes.Normalise(request.Breakdown), kernsetBreakdown, BreakdownCodes.Total }
            .FirstOrDefault(c => c is not null && breakdownCodes.Contains(c))
            ?? breakdownCodes.FirstOrDefault()
            ?? kernsetBreakdown
            ?? BreakdownCodes.Total;
        var inBreakdown = pairs.Where(p => p.BreakdownCode == breakdown).Select(p => periods[p.PeriodId]).OrderBy(p => p.Order).ToList();
        var periodList = periods.Ordered;
        var period = periodList.FirstOrDefault(p => p.Code == request.Period?.Trim())
            ?? inBreakdown.LastOrDefault()
            ?? (periodList.Count > 0 ? periodList[^1] : null);
        var breakdownId = pairs.FirstOrDefault(p => p.BreakdownCode == breakdown)?.BreakdownId;

        var within = await WithinAsync(request.Within, ct);

        // Without a period or breakdown there is no figure: the areas are listed all the same, as "no value".
        var periodId = period?.Id ?? -1;
        var breakdownKey = breakdownId ?? -1;
        var ofKey = visible.Where(o => o.IndicatorId == indicator.Id && o.PeriodId == periodId && o.BreakdownId == breakdownKey);
        var areas = await AreasWithFigureAsync(request.Level, within, ofKey, indicator.Id, period, breakdownId, ct);
        var candidates = areas.ToDictionary(a => a.Area.Id, a => a.Area);
        var byArea = areas.Where(a => a.Figure is not null).ToDictionary(a => a.Area.Id, a => a.Figure!.Value);
        var batches = areas.Where(a => a.Batch is not null).Select(a => a.Batch!).DistinctBy(b => b.Id).ToDictionary(b => b.Id);
        var derived = period is null || breakdownId is null
            ? []
            : await DerivedAreaFigures.ReadAsync(
                new DerivationInput(
                    register.Areas, observations.Breakdowns, visible, indicator, request.Level, within,
                    [.. areas.Where(a => a.Figure is null).Select(a => a.Area)], period, breakdownId.Value, figureReader.Policy.Threshold),
                ct);
        foreach (var (row, _) in derived.Values)
        {
            byArea[row.AreaId] = row;
            batches.TryAdd(FigureDerivation.DerivedBatch.Id, FigureDerivation.DerivedBatch);
        }

        var figures = new FigureSet([], batches, periods, figureReader.Policy);
        var shown = byArea.Values.Where(r => !figures.IsSuppressed(r)).ToList();
        var ranked = MonitorStatistics.Rank(shown, r => r.Value, indicator.Polarity, r => candidates[r.AreaId].Code.Value);
        var ranking = ranked.Select(x => new RankedArea(x.Rank, RefOf(candidates[x.Item.AreaId]), figures.ToFigure(x.Item), NoteOf(derived, x.Item.AreaId))).ToList();
        var withoutValue = candidates.Values
            .Where(a => !byArea.TryGetValue(a.Id, out var r) || figures.IsSuppressed(r))
            .OrderBy(a => a.Code)
            .Select(RefOf)
            .ToList();

        var boundaries = areas.Where(a => a.BoundaryId is not null).ToDictionary(a => a.Area.Id, a => a.BoundaryId!.Value);
        var withoutBoundary = shown.Where(r => !boundaries.ContainsKey(r.AreaId)).Select(r => candidates[r.AreaId]).OrderBy(a => a.Code).Select(RefOf).ToList();

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
            MonitorStatistics.Describe(shown.Select(r => r.Value)),
            indicator.Ratio?.Ratio)
        {
            BreakdownNames = pairs.DistinctBy(p => p.BreakdownCode).ToDictionary(p => p.BreakdownCode, p => new BreakdownTitle(p.NameNl, p.NameEn), StringComparer.Ordinal),
            ProgrammeAreas = ProgrammeAreaPlaces.Find(
                await programmeCatalogue.FocusAreasAsync(request.Programme, ct),
                ranking,
                candidates.Values.ToDictionary(a => a.Code.Value, a => a.ParentCode, StringComparer.Ordinal)),
        };

        // The map shows every area with a figure: ranked ones by value, suppressed ones as "not shown".
        var mapped = ranked.Select(x => (candidates[x.Item.AreaId], (double?)x.Item.Value))
            .Concat(byArea.Values.Where(figures.IsSuppressed).Select(r => (candidates[r.AreaId], (double?)null)))
            .Select(m => new MappedArea(m.Item1, m.Item2, boundaries.TryGetValue(m.Item1.Id, out var boundary) ? boundary : null, NoteOf(derived, m.Item1.Id)))
            .ToList();
        return new IndicatorView(profile, mapped);
    }

    /// <summary>
    /// The indicator by its code (<see cref="IIndicatorCatalogue.FindAsync"/>), with the breakdown its kernset shows it
    /// in: that of the programme <paramref name="programmeSlug"/> names, else the one every programme whose kernset has
    /// the indicator agrees on; null when none does (or they differ). An indicator an import created and nobody described
    /// is there for signed-in readers only (<see cref="IIndicatorCatalogue.VisibleTo"/>).
    /// </summary>
    private async Task<(IndicatorInfo Indicator, string? KernsetBreakdown)?> FindIndicatorAsync(string? code, string? programmeSlug, Audience audience, CancellationToken ct)
    {
        if (await indicatorCatalogue.FindAsync(code, ct) is not { } found || (!found.IsCurated && !audience.SeesDrafts))
        {
            return null;
        }

        var places = await programmeCatalogue.KernsetPlacesAsync([found.Id], ct);
        var chosen = string.IsNullOrWhiteSpace(programmeSlug) ? places : [.. places.Where(p => p.ProgrammeSlug == programmeSlug.Trim())];
        var breakdowns = chosen.Select(p => p.BreakdownCode).Distinct(StringComparer.Ordinal).ToList();
        var breakdown = string.IsNullOrWhiteSpace(programmeSlug)
            ? (breakdowns.Count == 1 ? breakdowns[0] : null)
            : breakdowns.FirstOrDefault();
        return (IndicatorInfo.Of(found, new Dictionary<int, IndicatorDescription>()), breakdown);
    }

    /// <summary>The area asked for, else the country (also when the register lacks it); one query.</summary>
    private async Task<AreaRow> WithinAsync(string? within, CancellationToken ct)
    {
        var code = ParseCode(within ?? Netherlands.Value) ?? Netherlands;
        var rows = await register.Areas.Where(a => a.Code == code || a.Code == Netherlands).ToListAsync(ct);
        return rows.FirstOrDefault(a => a.Code == code)
            ?? rows.FirstOrDefault()
            ?? new AreaRow { Id = 0, Code = Netherlands, Name = "Nederland", Level = AreaLevel.Country };
    }

    /// <summary>
    /// In one query: the register's areas of <paramref name="level"/> within <paramref name="within"/>, each with its
    /// figure for the indicator, period and breakdown (if any) and that figure's import batch, and the id of its
    /// boundary of the layout year nearest the period's year (the later one on a tie).
    /// </summary>
    private async Task<List<AreaWithFigure>> AreasWithFigureAsync(
        AreaLevel level, AreaRow within, IQueryable<FigureRow> ofKey, int indicatorId, PeriodInfo? period, int? breakdownId, CancellationToken ct)
    {
        if (level <= within.Level)
        {
            return [];
        }

        var periodId = period?.Id ?? -1;
        var breakdown = breakdownId ?? -1;
        var year = period?.Year ?? int.MaxValue;
        var boundaries = register.Boundaries;
        var rows = await (
            from a in AreaScope.Within(register.Areas, level, within)
            join o in ofKey on a.Id equals o.AreaId into figures
            from o in figures.DefaultIfEmpty()
            join b in observations.Batches on o.BatchId equals b.Id into batches
            from b in batches.DefaultIfEmpty()
            select new
            {
                a.Id,
                a.Code,
                a.Name,
                a.Level,
                a.ParentCode,
                BatchId = (int?)o.BatchId,
                Value = (double?)o.Value,
                o.Lower,
                o.Upper,
                o.SampleSize,
                b.Source,
                ImportedAt = (DateTimeOffset?)b.ImportedAt,
                BoundaryId = boundaries
                    .Where(x => x.AreaId == a.Id)
                    .OrderBy(x => Math.Abs(x.LayoutYear - year))
                    .ThenByDescending(x => x.LayoutYear)
                    .Select(x => (int?)x.Id)
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);

        return [.. rows.Select(r => new AreaWithFigure(
            new AreaRow { Id = r.Id, Code = r.Code, Name = r.Name, Level = r.Level, ParentCode = r.ParentCode },
            r.BatchId is { } batchId ? new ObservationRow(indicatorId, periodId, breakdown, r.Id, r.Value!.Value, r.Lower, r.Upper, r.SampleSize, batchId) : null,
            r.BatchId is { } id && r.ImportedAt is { } importedAt ? new BatchInfo(id, r.Source, importedAt) : null,
            r.BoundaryId))];
    }

    private static DerivationNote? NoteOf(Dictionary<int, (ObservationRow Row, DerivationNote Note)> derived, int areaId) =>
        derived.TryGetValue(areaId, out var found) ? found.Note : null;

    /// <summary>The GeoJSON geometry per area of the map, by the boundary ids the view chose.</summary>
    private async Task<Dictionary<int, string>> GeometriesAsync(IndicatorView view, CancellationToken ct)
    {
        var geometries = new Dictionary<int, string>();
        foreach (var chunk in view.Mapped.Where(m => m.BoundaryId is not null).Select(m => m.BoundaryId!.Value).Chunk(BoundaryChunk))
        {
            var ids = chunk.ToList();
            var rows = await register.Boundaries
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

    /// <summary>An area of the view with its figure (null when it has none), that figure's batch and its chosen boundary.</summary>
    private sealed record AreaWithFigure(AreaRow Area, ObservationRow? Figure, BatchInfo? Batch, int? BoundaryId);

    /// <summary>An area on the map: its shown value (null when suppressed), the boundary to draw and, for a derived figure, what it says.</summary>
    private sealed record MappedArea(AreaRow Area, double? Value, int? BoundaryId, DerivationNote? Derivation);

    /// <summary>A profile with what the map needs besides it: every area with a figure, its shown value and boundary.</summary>
    private sealed record IndicatorView(IndicatorProfile Profile, List<MappedArea> Mapped);
}
