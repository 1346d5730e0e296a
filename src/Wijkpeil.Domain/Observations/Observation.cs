namespace Wijkpeil.Domain.Observations;

/// <summary>
/// One figure: an indicator for an area in a period and breakdown. Those four ids are its key: there is
/// at most one per key, and a changed value keeps its predecessor in <see cref="ObservationRevision"/>.
/// </summary>
public sealed class Observation
{
    public Observation(int indicatorId, int areaId, int periodId, int breakdownId, Measurement measurement, ObservationStatus status, int importBatchId)
    {
        IndicatorId = indicatorId;
        AreaId = areaId;
        PeriodId = periodId;
        BreakdownId = breakdownId;
        Status = status;
        ImportBatchId = importBatchId;
        Apply(measurement);
    }

    private Observation()
    {
    }

    public int IndicatorId { get; private set; }

    public int AreaId { get; private set; }

    public int PeriodId { get; private set; }

    public int BreakdownId { get; private set; }

    public double Value { get; private set; }

    public double? Lower { get; private set; }

    public double? Upper { get; private set; }

    public int? SampleSize { get; private set; }

    public ObservationStatus Status { get; private set; }

    /// <summary>The import that wrote the current value (provenance: file, source table, who, when).</summary>
    public int ImportBatchId { get; private set; }

    public Measurement Measurement => Measurement.FromStore(Value, Lower, Upper, SampleSize);

    /// <summary>True when the stored value, interval and sample size equal the given ones exactly.</summary>
    public bool Matches(Measurement measurement) => Measurement == measurement;

    /// <summary>Replaces the value; returns the revision that preserves the old one.</summary>
    public ObservationRevision Revise(Measurement measurement, ObservationStatus status, int importBatchId, DateTimeOffset at)
    {
        var revision = new ObservationRevision(IndicatorId, AreaId, PeriodId, BreakdownId, Measurement, Status, ImportBatchId, importBatchId, at);
        Apply(measurement);
        Status = status;
        ImportBatchId = importBatchId;
        return revision;
    }

    public void ChangeStatus(ObservationStatus status) => Status = status;

    private void Apply(Measurement measurement)
    {
        Value = measurement.Value;
        Lower = measurement.Lower;
        Upper = measurement.Upper;
        SampleSize = measurement.SampleSize;
    }
}

/// <summary>A value an observation held before a later import changed it.</summary>
public sealed class ObservationRevision
{
    public ObservationRevision(int indicatorId, int areaId, int periodId, int breakdownId, Measurement previous, ObservationStatus previousStatus, int previousImportBatchId, int replacedByImportBatchId, DateTimeOffset replacedAt)
    {
        IndicatorId = indicatorId;
        AreaId = areaId;
        PeriodId = periodId;
        BreakdownId = breakdownId;
        Value = previous.Value;
        Lower = previous.Lower;
        Upper = previous.Upper;
        SampleSize = previous.SampleSize;
        Status = previousStatus;
        ImportBatchId = previousImportBatchId;
        ReplacedByImportBatchId = replacedByImportBatchId;
        ReplacedAt = replacedAt;
    }

    private ObservationRevision()
    {
    }

    public long Id { get; private set; }

    // The observation's key: indicator, area, period and breakdown.
    public int IndicatorId { get; private set; }

    public int AreaId { get; private set; }

    public int PeriodId { get; private set; }

    public int BreakdownId { get; private set; }

    public double Value { get; private set; }

    public double? Lower { get; private set; }

    public double? Upper { get; private set; }

    public int? SampleSize { get; private set; }

    public ObservationStatus Status { get; private set; }

    public int ImportBatchId { get; private set; }

    public int ReplacedByImportBatchId { get; private set; }

    public DateTimeOffset ReplacedAt { get; private set; }
}
