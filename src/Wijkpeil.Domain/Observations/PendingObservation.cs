namespace Wijkpeil.Domain.Observations;

/// <summary>
/// A value of a draft (or withdrawn) import batch, waiting beside the published figures until a knowledge partner
/// publishes the batch. Keyed by the codes as the file wrote them, not by register ids: a draft adds nothing to
/// the area register or the indicator catalogue, so a code it names may not exist there yet.
/// </summary>
public sealed class PendingObservation
{
    public PendingObservation(int importBatchId, int sequence, string areaCode, string measureKey, string periodCode, string breakdownCode, Measurement measurement, int row)
    {
        ImportBatchId = importBatchId;
        Sequence = sequence;
        AreaCode = areaCode;
        MeasureKey = measureKey;
        PeriodCode = periodCode;
        BreakdownCode = breakdownCode;
        Value = measurement.Value;
        Lower = measurement.Lower;
        Upper = measurement.Upper;
        SampleSize = measurement.SampleSize;
        Row = row;
    }

    private PendingObservation()
    {
        AreaCode = MeasureKey = PeriodCode = BreakdownCode = string.Empty;
    }

    public int ImportBatchId { get; private set; }

    /// <summary>The value's place in the batch (0, 1, 2, ...): with the batch id the key, in the order it was written.</summary>
    public int Sequence { get; private set; }

    public string AreaCode { get; private set; }

    /// <summary>The measure key as in the file (a StatLine measure, a kwb column, an indicator code).</summary>
    public string MeasureKey { get; private set; }

    public string PeriodCode { get; private set; }

    public string BreakdownCode { get; private set; }

    public double Value { get; private set; }

    public double? Lower { get; private set; }

    public double? Upper { get; private set; }

    public int? SampleSize { get; private set; }

    /// <summary>The row of the file the value came from, for messages; 0 for values a withdrawal put back.</summary>
    public int Row { get; private set; }

    public Measurement Measurement => Measurement.FromStore(Value, Lower, Upper, SampleSize);
}

/// <summary>An area a draft's file names that the register lacks: added, with this name, only when the batch is published.</summary>
public sealed class PendingArea
{
    public PendingArea(int importBatchId, string code, string name, int? layoutYear)
    {
        ImportBatchId = importBatchId;
        Code = code;
        Name = name;
        LayoutYear = layoutYear;
    }

    public int ImportBatchId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int? LayoutYear { get; private set; }
}

/// <summary>What a draft's file says about a measure the catalogue lacks: it becomes an indicator only when the batch is published.</summary>
public sealed class PendingMeasure
{
    public PendingMeasure(int importBatchId, string measureKey, string title, string? unit)
    {
        ImportBatchId = importBatchId;
        MeasureKey = measureKey;
        Title = title;
        Unit = unit;
    }

    public int ImportBatchId { get; private set; }

    public string MeasureKey { get; private set; }

    public string Title { get; private set; }

    public string? Unit { get; private set; }
}
