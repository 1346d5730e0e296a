using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Storage;

internal sealed class PeriodConfiguration : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> builder)
    {
        builder.ToTable("periods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).IsRequired().HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Label).IsRequired().HasMaxLength(100);
    }
}

internal sealed class BreakdownConfiguration : IEntityTypeConfiguration<Breakdown>
{
    public void Configure(EntityTypeBuilder<Breakdown> builder)
    {
        builder.ToTable("breakdowns");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Code).IsRequired().HasMaxLength(40);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("observations");

        // The natural key is the primary key, ordered so that "one indicator, one period, all areas" reads
        // one range. No surrogate id: on SQLite the table is stored in this order (WITHOUT ROWID, see the
        // SQLite migration), so an import maintains one B-tree per row instead of a table and two indexes.
        // Reading one area goes through the same key (ObservationAccess.ForAreas); PostgreSQL adds an
        // AreaId index (PostgresWijkpeilDbContext).
        builder.HasKey(o => new { o.IndicatorId, o.PeriodId, o.BreakdownId, o.AreaId });
        builder.Ignore(o => o.Measurement);

        // 1.8 million rows per StatLine table: the status is a small integer here, not a name.
        builder.Property(o => o.Status).HasConversion<int>();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Period>().WithMany().HasForeignKey(o => o.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Breakdown>().WithMany().HasForeignKey(o => o.BreakdownId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(o => o.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ObservationRevisionConfiguration : IEntityTypeConfiguration<ObservationRevision>
{
    public void Configure(EntityTypeBuilder<ObservationRevision> builder)
    {
        builder.ToTable("observation_revisions");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.IndicatorId, r.PeriodId, r.BreakdownId, r.AreaId });

        // Reviewing a published batch and withdrawing it read the values it replaced.
        builder.HasIndex(r => r.ReplacedByImportBatchId);
        builder.HasOne<Observation>().WithMany()
            .HasForeignKey(r => new { r.IndicatorId, r.PeriodId, r.BreakdownId, r.AreaId })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("import_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Format).IsRequired().HasMaxLength(40);
        builder.Property(b => b.FileSha256).HasMaxLength(64);
        builder.Property(b => b.SourceTable).HasMaxLength(40);
        builder.Property(b => b.ImportedBy).HasMaxLength(200);
        builder.Property(b => b.ReviewedBy).HasMaxLength(256);
        builder.Property(b => b.WithdrawalReason).HasMaxLength(ImportBatch.WithdrawalReasonMaxLength);
        builder.Property(b => b.RejectionReason).HasMaxLength(ImportBatch.RejectionReasonMaxLength);
        builder.Property(b => b.PublicationNote).HasMaxLength(ImportBatch.PublicationNoteMaxLength);
        builder.HasIndex(b => b.Status);
    }
}

/// <summary>
/// A draft's values, beside the published ones in <c>observations</c> and never mixed with them: keyed by the
/// batch and the value's place in it, so that one batch reads, publishes or is discarded as one range. On SQLite
/// the table is stored in that order (WITHOUT ROWID, written by hand in the migration, as for observations).
/// </summary>
internal sealed class PendingObservationConfiguration : IEntityTypeConfiguration<PendingObservation>
{
    public void Configure(EntityTypeBuilder<PendingObservation> builder)
    {
        builder.ToTable("pending_observations");
        builder.HasKey(p => new { p.ImportBatchId, p.Sequence });
        builder.Ignore(p => p.Measurement);
        builder.Property(p => p.AreaCode).IsRequired().HasMaxLength(10);
        builder.Property(p => p.MeasureKey).IsRequired().HasMaxLength(200);
        builder.Property(p => p.PeriodCode).IsRequired().HasMaxLength(40);
        builder.Property(p => p.BreakdownCode).IsRequired().HasMaxLength(40);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(p => p.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PendingAreaConfiguration : IEntityTypeConfiguration<PendingArea>
{
    public void Configure(EntityTypeBuilder<PendingArea> builder)
    {
        builder.ToTable("pending_areas");
        builder.HasKey(a => new { a.ImportBatchId, a.Code });
        builder.Property(a => a.Code).HasMaxLength(10);
        builder.Property(a => a.Name).IsRequired().HasMaxLength(200);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(a => a.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PendingMeasureConfiguration : IEntityTypeConfiguration<PendingMeasure>
{
    public void Configure(EntityTypeBuilder<PendingMeasure> builder)
    {
        builder.ToTable("pending_measures");
        builder.HasKey(m => new { m.ImportBatchId, m.MeasureKey });
        builder.Property(m => m.MeasureKey).HasMaxLength(200);
        builder.Property(m => m.Title).IsRequired();
        builder.Property(m => m.Unit).HasMaxLength(100);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(m => m.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
