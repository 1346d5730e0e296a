using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkpeil.App.Modules.Audit.Storage;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorName).IsRequired().HasMaxLength(AuditEntry.ActorNameMaxLength);
        builder.Property(e => e.EntityType).IsRequired().HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(e => e.EntityId).IsRequired().HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryMaxLength);

        // Whole records as JSON: no length limit on either provider.
        builder.Property(e => e.Before).HasColumnType("text").Metadata.SetMaxLength(null);
        builder.Property(e => e.After).HasColumnType("text").Metadata.SetMaxLength(null);

        // The page filters by time, type, record and person; newest first.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.ActorName);
    }
}
