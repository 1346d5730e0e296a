using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.Domain.Tests.Observations;

public sealed class ObservationTests
{
    private static readonly DateTimeOffset RevisedAt = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));

    private static Measurement Health2020 => Measurement.Create(IndicatorKind.Percentage, 63.5, 60.1, 66.9, 412).Value;

    private static Measurement Health2020Corrected => Measurement.Create(IndicatorKind.Percentage, 64.1, 60.8, 67.4, 415).Value;

    [Fact]
    public void Constructor_Measurement_CopiesFields()
    {
        var observation = new Observation(1, 2, 3, 4, Health2020, ObservationStatus.Draft, 7);

        Assert.Equal(1, observation.IndicatorId);
        Assert.Equal(2, observation.AreaId);
        Assert.Equal(3, observation.PeriodId);
        Assert.Equal(4, observation.BreakdownId);
        Assert.Equal(63.5, observation.Value);
        Assert.Equal(60.1, observation.Lower);
        Assert.Equal(66.9, observation.Upper);
        Assert.Equal(412, observation.SampleSize);
        Assert.Equal(ObservationStatus.Draft, observation.Status);
        Assert.Equal(7, observation.ImportBatchId);
        Assert.Equal(Health2020, observation.Measurement);
    }

    [Fact]
    public void Matches_SameMeasurement_ReturnsTrue()
    {
        var observation = new Observation(1, 2, 3, 4, Health2020, ObservationStatus.Draft, 7);

        Assert.True(observation.Matches(Measurement.Create(IndicatorKind.Percentage, 63.5, 60.1, 66.9, 412).Value));
    }

    [Fact]
    public void Matches_OnlySampleSizeDiffers_ReturnsFalse()
    {
        var observation = new Observation(1, 2, 3, 4, Health2020, ObservationStatus.Draft, 7);

        Assert.False(observation.Matches(Measurement.Create(IndicatorKind.Percentage, 63.5, 60.1, 66.9, 413).Value));
    }

    [Fact]
    public void Revise_NewMeasurement_ReturnsRevisionHoldingOldValue()
    {
        var observation = new Observation(1, 2, 3, 4, Health2020, ObservationStatus.Published, 7);

        var revision = observation.Revise(Health2020Corrected, ObservationStatus.Draft, 8, RevisedAt);

        Assert.Equal((1, 2, 3, 4), (revision.IndicatorId, revision.AreaId, revision.PeriodId, revision.BreakdownId));
        Assert.Equal(63.5, revision.Value);
        Assert.Equal(60.1, revision.Lower);
        Assert.Equal(66.9, revision.Upper);
        Assert.Equal(412, revision.SampleSize);
        Assert.Equal(ObservationStatus.Published, revision.Status);
        Assert.Equal(7, revision.ImportBatchId);
        Assert.Equal(8, revision.ReplacedByImportBatchId);
        Assert.Equal(RevisedAt, revision.ReplacedAt);
    }

    [Fact]
    public void Revise_NewMeasurement_ReplacesValueStatusAndBatch()
    {
        var observation = new Observation(1, 2, 3, 4, Health2020, ObservationStatus.Published, 7);

        observation.Revise(Health2020Corrected, ObservationStatus.Draft, 8, RevisedAt);

        Assert.Equal(Health2020Corrected, observation.Measurement);
        Assert.Equal(ObservationStatus.Draft, observation.Status);
        Assert.Equal(8, observation.ImportBatchId);
        Assert.Equal(1, observation.IndicatorId);
    }

    [Fact]
    public void Revise_ToMeasurementWithoutInterval_ClearsBounds()
    {
        var observation = new Observation(1, 2, 3, 4, Health2020, ObservationStatus.Draft, 7);

        observation.Revise(Measurement.Create(IndicatorKind.Percentage, 64.0).Value, ObservationStatus.Draft, 8, RevisedAt);

        Assert.Null(observation.Lower);
        Assert.Null(observation.Upper);
        Assert.Null(observation.SampleSize);
        Assert.False(observation.Measurement.HasInterval);
    }

    [Fact]
    public void ChangeStatus_NewStatus_KeepsValue()
    {
        var observation = new Observation(1, 2, 3, 4, Health2020, ObservationStatus.Draft, 7);

        observation.ChangeStatus(ObservationStatus.Approved);

        Assert.Equal(ObservationStatus.Approved, observation.Status);
        Assert.Equal(Health2020, observation.Measurement);
    }

    [Fact]
    public void ImportBatch_BlankImporter_RecordsUnknownImporter()
    {
        var batch = new ImportBatch("statline", "50090NED.csv", "abc123", "50090NED", " ", RevisedAt);

        Assert.Equal("onbekend", batch.ImportedBy);
        Assert.Equal(RevisedAt, batch.ImportedAt);
    }

    [Fact]
    public void ImportBatch_RecordCounts_StoresCounts()
    {
        var batch = new ImportBatch("statline", "50090NED.csv", "abc123", "50090NED", "analist", RevisedAt);

        batch.RecordCounts(10, 2, 30);

        Assert.Equal((10, 2, 30), (batch.Added, batch.Changed, batch.Unchanged));
    }
}
