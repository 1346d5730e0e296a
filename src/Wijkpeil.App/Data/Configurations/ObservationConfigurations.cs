using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Data.Configurations;

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
        builder.HasIndex(b => b.Status);
    }
}
