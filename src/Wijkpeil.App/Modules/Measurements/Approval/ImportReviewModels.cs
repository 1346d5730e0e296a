using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Approval;

/// <summary>One import batch in the history: where it came from, what it did, and its review state.</summary>
/// <param name="Added">Figures the import added (keys that had no value before).</param>
/// <param name="Changed">Figures whose value the import replaced (the old value is kept as a revision).</param>
/// <param name="Unchanged">Figures in the file that were already stored exactly so.</param>
/// <param name="CurrentFigures">
/// How many figures are this batch's now: for a published batch the public figures that still have their value
/// from it (later imports may have replaced some); for a draft or withdrawn batch its values waiting for publication.
/// </param>
public sealed record ImportBatchSummary(
    int Id,
    string FileName,
    string Format,
    string? SourceTable,
    string ImportedBy,
    DateTimeOffset ImportedAt,
    int Added,
    int Changed,
    int Unchanged,
    ImportBatchStatus Status,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? WithdrawalReason,
    int CurrentFigures,
    string? RejectionReason = null,
    string? PublicationNote = null,
    int? RestoredOnWithdrawal = null,
    int? RemovedOnWithdrawal = null);

/// <summary>What a reviewer reads before publishing a batch.</summary>
/// <param name="PerIndicator">Figures per indicator and period, by indicator then period.</param>
/// <param name="Changes">
/// Published values the batch replaced (published batch) or would replace (draft or withdrawn batch: against the
/// values public now), largest relative change first, at most <see cref="ImportReviewQueries.ListCap"/>.
/// </param>
/// <param name="ChangesTotal">How many values the batch replaced (or would replace) with a different one in all.</param>
/// <param name="Outliers">Figures flagged by <see cref="OutlierRules"/>, at most <see cref="ImportReviewQueries.ListCap"/> (one each, with every rule that flagged it).</param>
/// <param name="OutliersTotal">How many figures were flagged in all: a pending batch's are each to be confirmed, or the batch published with a note.</param>
/// <param name="IsPending">True when the figures wait for publication (draft or withdrawn batch): they are not public.</param>
/// <param name="NewAreas">Areas publishing would add to the register (pending batches only).</param>
/// <param name="NewIndicators">Indicators publishing would add to the catalogue (pending batches only).</param>
public sealed record ImportBatchReview(
    ImportBatchSummary Batch,
    IReadOnlyList<IndicatorPeriodCount> PerIndicator,
    IReadOnlyList<FigureChange> Changes,
    int ChangesTotal,
    IReadOnlyList<FigureOutlier> Outliers,
    int OutliersTotal,
    bool IsPending = false,
    IReadOnlyList<NewArea>? NewAreas = null,
    IReadOnlyList<NewIndicator>? NewIndicators = null);

/// <summary>An area a pending batch would add: its code and the name the file gives it.</summary>
public sealed record NewArea(string Code, string Name);

/// <summary>A measure a pending batch would add as an uncurated indicator.</summary>
public sealed record NewIndicator(string Key, string Title, string? Unit);

/// <summary>The figures of a batch for one indicator and period.</summary>
/// <param name="Figures">Figures currently from the batch.</param>
/// <param name="Replaced">Of those, how many replaced an earlier value.</param>
public sealed record IndicatorPeriodCount(string IndicatorCode, string IndicatorName, string Unit, string Period, int Figures, int Replaced);

/// <summary>Which figure: area, indicator, period and breakdown, with readable names and their codes.</summary>
public sealed record FigureKey(string AreaCode, string AreaName, string IndicatorCode, string IndicatorName, string Unit, string Period, string Breakdown, string PeriodCode, string BreakdownCode)
{
    /// <summary>
    /// The figure's codes as one text, <c>area/indicator/period/breakdown</c>: what a reviewer confirms a flagged
    /// figure by, in the review form and with <c>wijkpeil imports publish --confirm</c>.
    /// </summary>
    public string Id => $"{AreaCode}/{IndicatorCode}/{PeriodCode}/{BreakdownCode}";
}

/// <summary>A value the batch replaced: the earlier value and the batch's.</summary>
public sealed record FigureChange(FigureKey Figure, double OldValue, double NewValue)
{
    public double Difference => NewValue - OldValue;

    /// <summary>The change as a share of the old value; null when the old value was zero.</summary>
    public double? RelativeChange => OldValue == 0 ? null : Difference / Math.Abs(OldValue);
}

/// <summary>Why <see cref="OutlierRules"/> flagged a figure.</summary>
public enum OutlierReason
{
    /// <summary>Far from the median of the same indicator, period, breakdown and area level in this batch.</summary>
    UnusualAmongPeers = 0,

    /// <summary>Changed by more than the threshold against the value it replaced (same period).</summary>
    LargeChange = 1,

    /// <summary>Outside the valid range for its indicator's kind (a percentage outside 0–100, a negative count, …).</summary>
    OutOfRange = 2,

    /// <summary>Changed by more than the threshold against the area's own value in the indicator's previous period.</summary>
    LargeChangeSincePrevious = 3,

    /// <summary>Its change since the previous period is far from the changes of the other areas of the same level.</summary>
    UnusualChangeAmongAreas = 4,
}

/// <summary>One rule that flagged a figure.</summary>
/// <param name="Reference">
/// The group median (unusual among peers), the earlier value (large change, large change since the previous period),
/// the median change of all areas (unusual change) or NaN (out of range).
/// </param>
/// <param name="Score">
/// The modified z-score (unusual among peers, unusual change), the difference from the earlier value (large changes)
/// or NaN (out of range).
/// </param>
/// <param name="ReferencePeriod">The previous period the value is compared with (changes since then); else null.</param>
public sealed record OutlierFinding(OutlierReason Reason, double Reference, double Score, string? ReferencePeriod = null);

/// <summary>A figure worth a second look, with every rule that flagged it (most telling first).</summary>
/// <param name="ReplacedValue">The public value the figure replaces (or replaced) with a different one; null for a new figure.</param>
public sealed record FigureOutlier(FigureKey Figure, double Value, IReadOnlyList<OutlierFinding> Findings, double? ReplacedValue = null)
{
    /// <summary>The first finding's reason.</summary>
    public OutlierReason Reason => Findings[0].Reason;
}
