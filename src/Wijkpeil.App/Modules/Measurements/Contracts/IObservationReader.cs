using Wijkpeil.App.Modules.Accounts.Contracts;

namespace Wijkpeil.App.Modules.Measurements.Contracts;

/// <summary>
/// What other modules may read of the figures: observations, their periods, breakdowns and import batches. The
/// members are queries that a reader composes into its own (a filter on its areas, a join with the register), which
/// stays one SQL command; nothing here writes. Which figures an audience sees is <c>ObservationVisibility</c>'s rule.
/// </summary>
public interface IObservationReader
{
    /// <summary>The figures <paramref name="audience"/> may see, untracked.</summary>
    /// <param name="audience">The reader: the public sees published figures only.</param>
    /// <param name="seek">
    /// Dimensions the caller leaves open while it filters on the area: each named one is restricted to the values that
    /// exist, so the condition on the area seeks through the key (indicator, period, breakdown, area) instead of reading
    /// every row (SQLite has no separate area index). Leave out what the caller's own filter already restricts.
    /// </param>
    IQueryable<FigureRow> Figures(Audience audience, KeySeek seek = KeySeek.None);

    /// <summary>Every period (<c>periods</c>), untracked; in no order (sort by year, then code).</summary>
    IQueryable<PeriodRow> Periods { get; }

    /// <summary>Every breakdown (<c>breakdowns</c>), untracked.</summary>
    IQueryable<BreakdownRow> Breakdowns { get; }

    /// <summary>Every import batch (<c>import_batches</c>) as a figure's source, untracked.</summary>
    IQueryable<FigureBatchRow> Batches { get; }
}

/// <summary>The dimensions of <see cref="IObservationReader.Figures"/> to seek through.</summary>
[Flags]
public enum KeySeek
{
    None = 0,
    Indicators = 1,
    Periods = 2,
    Breakdowns = 4,
    All = Indicators | Periods | Breakdowns,
}

/// <summary>One figure: an indicator's value for an area, period and breakdown, with its interval and sample size.</summary>
public sealed record FigureRow
{
    public int IndicatorId { get; init; }

    /// <summary>The area's id in the register.</summary>
    public int AreaId { get; init; }

    public int PeriodId { get; init; }

    public int BreakdownId { get; init; }

    public double Value { get; init; }

    /// <summary>Lower bound of the confidence interval, when the source gives one.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper bound of the confidence interval, when the source gives one.</summary>
    public double? Upper { get; init; }

    /// <summary>Respondents behind a survey figure; the small-number rule reads it.</summary>
    public int? SampleSize { get; init; }

    /// <summary>The import batch that wrote it (<see cref="FigureBatchRow.Id"/>).</summary>
    public int BatchId { get; init; }
}

/// <summary>A period figures are given for, e.g. code 2022 labelled "2022".</summary>
public sealed record PeriodRow
{
    public int Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public int Year { get; init; }

    public string Label { get; init; } = string.Empty;
}

/// <summary>A breakdown (population group) figures are given for, e.g. <c>totaal</c> or 18+.</summary>
public sealed record BreakdownRow
{
    public int Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public string NameNl { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;
}

/// <summary>An import batch as the source of its figures.</summary>
public sealed record FigureBatchRow
{
    public int Id { get; init; }

    /// <summary>The source table (e.g. 50090NED), else the file format.</summary>
    public string Source { get; init; } = string.Empty;

    public DateTimeOffset ImportedAt { get; init; }
}
