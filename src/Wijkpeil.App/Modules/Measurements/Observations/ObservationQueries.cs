using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Observations;

/// <summary>
/// Which observations to read. Each list restricts one dimension; an empty list means "all". Codes are
/// matched exactly, except area codes, which are CBS codes in any case (wk034403 is WK034403), and an empty
/// breakdown, which means the total.
/// </summary>
/// <param name="Areas">CBS area codes.</param>
/// <param name="Indicators">Indicator codes from the catalogue.</param>
/// <param name="Periods">Period codes such as 2022.</param>
/// <param name="Breakdowns">Breakdown codes such as 18+; <c>totaal</c> or empty for the whole population.</param>
/// <param name="Audience">Who reads: which figures exist for them and whether small numbers are suppressed.</param>
public sealed record ObservationFilter(
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> Periods,
    IReadOnlyList<string> Breakdowns,
    Audience Audience)
{
    /// <summary>Everything, as the public sees it.</summary>
    public static ObservationFilter AllPublished { get; } = new([], [], [], [], Audience.Public);
}

/// <summary>
/// Reads observations for the API, exports and pages. <see cref="ValidateAsync"/> turns a filter with
/// unknown or malformed codes into a problem at the parameter it is about; <see cref="QueryAsync"/> streams the
/// matching figures.
/// </summary>
public sealed class ObservationQueries(WijkpeilDbContext db, IAreaRegister register, IIndicatorCatalogue catalogue, IOptions<SmallNumberOptions> monitorOptions)
{
    /// <summary>
    /// Checks every code in the filter: area codes must be CBS codes and every area, indicator, period and
    /// breakdown must exist. Returns the filter normalised (trimmed, duplicates removed, an empty breakdown
    /// as <c>totaal</c>), or the first problem. Error codes name the filter dimension:
    /// <c>observations.filter.area.invalid</c>, <c>observations.filter.{area|indicator|period|breakdown}.unknown</c>.
    /// </summary>
    public async Task<Outcome<ObservationFilter>> ValidateAsync(ObservationFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var areas = Distinct(filter.Areas.Select(AreaCodes.Normalise));
        foreach (var area in areas)
        {
            if (!AreaCode.IsValid(area))
            {
                return Problem.Invalid("area", "observations.filter.area.invalid", area);
            }
        }

        var indicators = Distinct(filter.Indicators.Select(i => i.Trim()));
        var periods = Distinct(filter.Periods.Select(p => p.Trim()));
        var breakdowns = Distinct(filter.Breakdowns.Select(Breakdown.NormaliseCode));

        var parsedAreas = areas.Select(AreaCode.From).ToList();
        var knownAreas = parsedAreas.Count == 0
            ? []
            : await register.Areas.Where(a => parsedAreas.Contains(a.Code)).Select(a => a.Code).ToListAsync(ct);
        if (FirstMissing(areas, knownAreas.Select(a => a.Value)) is { } unknownArea)
        {
            return Problem.Invalid("area", "observations.filter.area.unknown", unknownArea);
        }

        var knownIndicators = indicators.Count == 0
            ? []
            : await catalogue.VisibleTo(filter.Audience).Where(i => indicators.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        if (FirstMissing(indicators, knownIndicators) is { } unknownIndicator)
        {
            return Problem.Invalid("indicator", "observations.filter.indicator.unknown", unknownIndicator);
        }

        if (periods.Count > 0)
        {
            var knownPeriods = await db.Periods.AsNoTracking().OrderBy(p => p.Year).ThenBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
            if (FirstMissing(periods, knownPeriods) is { } unknownPeriod)
            {
                return Problem.Invalid("period", "observations.filter.period.unknown", unknownPeriod, Summarise(knownPeriods));
            }
        }

        if (breakdowns.Count > 0)
        {
            var knownBreakdowns = await db.Breakdowns.AsNoTracking().Select(b => b.Code).ToListAsync(ct);
            knownBreakdowns.Sort(StringComparer.Ordinal);
            if (FirstMissing(breakdowns, knownBreakdowns) is { } unknownBreakdown)
            {
                return Problem.Invalid("breakdown", "observations.filter.breakdown.unknown", unknownBreakdown, Summarise(knownBreakdowns));
            }
        }

        return filter with { Areas = areas, Indicators = indicators, Periods = periods, Breakdowns = breakdowns };
    }

    /// <summary>
    /// Streams the observations that match the filter, ordered by indicator, period (by year), breakdown
    /// and area code. Codes that do not exist simply match nothing; call <see cref="ValidateAsync"/> first
    /// to tell the user about them. Enumerate within the lifetime of the DbContext's scope.
    /// </summary>
    public async IAsyncEnumerable<ObservationRecord> QueryAsync(ObservationFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // Codes become ids first, so the observation query filters on the ids the
        // (IndicatorId, PeriodId, BreakdownId, AreaId) primary key is ordered by instead of joining on text.
        var observations = db.Observations.AsNoTracking();
        var singleIndicator = false;
        var singlePeriod = false;
        var singleBreakdown = false;
        if (filter.Indicators.Count > 0)
        {
            var codes = filter.Indicators.Select(i => i.Trim()).ToList();
            var ids = await catalogue.Indicators.Where(i => codes.Contains(i.Code)).Select(i => i.Id).ToListAsync(ct);
            singleIndicator = ids.Count == 1;
            observations = singleIndicator ? observations.Where(o => o.IndicatorId == ids[0]) : observations.Where(o => ids.Contains(o.IndicatorId));
        }

        if (filter.Periods.Count > 0)
        {
            var codes = filter.Periods.Select(p => p.Trim()).ToList();
            var ids = await db.Periods.Where(p => codes.Contains(p.Code)).Select(p => p.Id).ToListAsync(ct);
            singlePeriod = ids.Count == 1;
            observations = singlePeriod ? observations.Where(o => o.PeriodId == ids[0]) : observations.Where(o => ids.Contains(o.PeriodId));
        }

        if (filter.Breakdowns.Count > 0)
        {
            var codes = filter.Breakdowns.Select(Breakdown.NormaliseCode).ToList();
            var ids = await db.Breakdowns.Where(b => codes.Contains(b.Code)).Select(b => b.Id).ToListAsync(ct);
            singleBreakdown = ids.Count == 1;
            observations = singleBreakdown ? observations.Where(o => o.BreakdownId == ids[0]) : observations.Where(o => ids.Contains(o.BreakdownId));
        }

        if (filter.Areas.Count > 0)
        {
            var codes = filter.Areas.Select(a => AreaCode.TryParse(AreaCodes.Normalise(a), out var code) ? code : (AreaCode?)null).OfType<AreaCode>().ToList();
            var ids = await register.Areas.Where(a => codes.Contains(a.Code)).Select(a => a.Id).ToListAsync(ct);
            observations = ids.Count == 1 ? observations.Where(o => o.AreaId == ids[0]) : observations.Where(o => ids.Contains(o.AreaId));
            observations = observations.ThroughKey(db, catalogue, indicators: filter.Indicators.Count == 0, periods: filter.Periods.Count == 0, breakdowns: filter.Breakdowns.Count == 0);
        }

        observations = observations.VisibleTo(filter.Audience);

        var areas = register.Areas;
        // An indicator an import created stays out of the public's downloads and API until someone describes it.
        var indicatorRows = catalogue.VisibleTo(filter.Audience);
        var rows =
            from o in observations
            join area in areas on o.AreaId equals area.Id
            join indicator in indicatorRows on o.IndicatorId equals indicator.Id
            join period in db.Periods on o.PeriodId equals period.Id
            join breakdown in db.Breakdowns on o.BreakdownId equals breakdown.Id
            join batch in db.ImportBatches on o.ImportBatchId equals batch.Id
            select new Row
            {
                AreaCode = area.Code,
                AreaName = area.Name,
                IndicatorCode = indicator.Code,
                PeriodYear = period.Year,
                PeriodCode = period.Code,
                BreakdownCode = breakdown.Code,
                Value = o.Value,
                Lower = o.Lower,
                Upper = o.Upper,
                SampleSize = o.SampleSize,
                Status = o.Status,
                Source = batch.SourceTable ?? batch.Format,
                SourceFile = batch.FileName,
                ImportedAt = batch.ImportedAt,
            };

        // Sort only on the dimensions that vary: "one indicator, one period, all areas" then sorts on the
        // area code alone, which matters where the database compares text by a locale's collation.
        IOrderedQueryable<Row>? ordered = null;
        if (!singleIndicator)
        {
            ordered = rows.OrderBy(r => r.IndicatorCode);
        }

        if (!singlePeriod)
        {
            ordered = ordered is null ? rows.OrderBy(r => r.PeriodYear).ThenBy(r => r.PeriodCode) : ordered.ThenBy(r => r.PeriodYear).ThenBy(r => r.PeriodCode);
        }

        if (!singleBreakdown)
        {
            ordered = ordered is null ? rows.OrderBy(r => r.BreakdownCode) : ordered.ThenBy(r => r.BreakdownCode);
        }

        ordered = ordered is null ? rows.OrderBy(r => r.AreaCode) : ordered.ThenBy(r => r.AreaCode);

        // Public answers follow the small-number policy of the pages: a survey figure on too few respondents
        // loses its value and interval and says why, in the API and in every download alike.
        var policy = filter.Audience.SmallNumbers(monitorOptions.Value.MinimumSampleSize);
        await foreach (var row in ordered.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (policy is not null && policy.IsSuppressed(row.SampleSize))
            {
                yield return new ObservationRecord(
                    row.AreaCode.Value,
                    row.AreaName,
                    row.IndicatorCode,
                    row.PeriodCode,
                    row.BreakdownCode,
                    null,
                    null,
                    null,
                    row.SampleSize,
                    row.Status,
                    row.Source,
                    row.SourceFile,
                    row.ImportedAt,
                    policy.ReasonNl(row.SampleSize!.Value));
                continue;
            }

            yield return new ObservationRecord(
                row.AreaCode.Value,
                row.AreaName,
                row.IndicatorCode,
                row.PeriodCode,
                row.BreakdownCode,
                row.Value,
                row.Lower,
                row.Upper,
                row.SampleSize,
                row.Status,
                row.Source,
                row.SourceFile,
                row.ImportedAt);
        }
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? FirstMissing(IEnumerable<string> asked, IEnumerable<string> known)
    {
        var set = known.ToHashSet(StringComparer.Ordinal);
        return asked.FirstOrDefault(a => !set.Contains(a));
    }

    /// <summary>The known codes for a message argument, in no language: at most twenty, then how many more ("… (+5)"); "-" for none.</summary>
    private static string Summarise(List<string> known)
    {
        if (known.Count == 0)
        {
            return "-";
        }

        const int shown = 20;
        var list = string.Join(", ", known.Take(shown));
        return known.Count > shown
            ? list + string.Create(CultureInfo.InvariantCulture, $", … (+{known.Count - shown})")
            : list;
    }

    /// <summary>The flat shape the database returns, before it becomes an <see cref="ObservationRecord"/>.</summary>
    private sealed class Row
    {
        public AreaCode AreaCode { get; init; }

        public required string AreaName { get; init; }

        public required string IndicatorCode { get; init; }

        public int PeriodYear { get; init; }

        public required string PeriodCode { get; init; }

        public required string BreakdownCode { get; init; }

        public double Value { get; init; }

        public double? Lower { get; init; }

        public double? Upper { get; init; }

        public int? SampleSize { get; init; }

        public ObservationStatus Status { get; init; }

        public required string Source { get; init; }

        public required string SourceFile { get; init; }

        public DateTimeOffset ImportedAt { get; init; }
    }
}
