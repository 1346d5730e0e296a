using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).IsRequired().HasMaxLength(60);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).IsRequired().HasMaxLength(200);

        builder.HasMany(p => p.Pillars).WithOne().HasForeignKey("ProgrammeId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FocusAreas).WithOne().HasForeignKey("ProgrammeId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ReferenceAreas).WithOne().HasForeignKey("ProgrammeId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.CoreIndicators).WithOne().HasForeignKey("ProgrammeId").OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Programme.Pillars), nameof(Programme.FocusAreas), nameof(Programme.ReferenceAreas), nameof(Programme.CoreIndicators) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> builder)
    {
        builder.ToTable("pillars");
        builder.HasKey(p => p.Id);
        builder.HasIndex("ProgrammeId", nameof(Pillar.Number)).IsUnique();
    }
}

internal sealed class FocusAreaConfiguration : IEntityTypeConfiguration<FocusArea>
{
    public void Configure(EntityTypeBuilder<FocusArea> builder)
    {
        builder.ToTable("focus_areas");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Code).IsRequired().HasMaxLength(60);
        builder.HasIndex("ProgrammeId", nameof(FocusArea.Code)).IsUnique();
        builder.Property(f => f.Name).IsRequired().HasMaxLength(200);

        // A focus area has one to a handful of member codes: one text column ("WK035603,WK035604").
        builder.Property<List<AreaCode>>("_members")
            .HasColumnName("Members")
            .HasMaxLength(400)
            .HasConversion(
                members => string.Join(',', members.Select(m => m.Value)),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(AreaCode.From).ToList(),
                new ValueComparer<List<AreaCode>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(17, (hash, code) => (hash * 31) + code.GetHashCode()),
                    list => list.ToList()));
        builder.Ignore(f => f.Members);
    }
}

internal sealed class ReferenceAreaConfiguration : IEntityTypeConfiguration<ReferenceArea>
{
    public void Configure(EntityTypeBuilder<ReferenceArea> builder)
    {
        builder.ToTable("reference_areas");
        builder.HasKey(r => r.Id);
    }
}

internal sealed class CoreIndicatorConfiguration : IEntityTypeConfiguration<CoreIndicator>
{
    public void Configure(EntityTypeBuilder<CoreIndicator> builder)
    {
        builder.ToTable("core_indicators");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.BreakdownCode).IsRequired().HasMaxLength(40);
        builder.HasOne<Wijkpeil.Domain.Indicators.Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SystemSettingConfiguration : IEntityTypeConfiguration<Wijkpeil.App.Data.SystemSetting>
{
    public void Configure(EntityTypeBuilder<Wijkpeil.App.Data.SystemSetting> builder)
    {
        builder.ToTable("system_settings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(4000);
    }
}
