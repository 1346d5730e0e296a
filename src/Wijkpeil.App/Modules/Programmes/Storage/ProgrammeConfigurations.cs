using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes.Storage;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).IsRequired().HasMaxLength(60);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).IsRequired().HasMaxLength(Programme.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Programme.DescriptionMaxLength);

        // Every child needs its programme (a required foreign key), and goes with it.
        builder.HasMany(p => p.Pillars).WithOne().HasForeignKey("ProgrammeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FocusAreas).WithOne().HasForeignKey("ProgrammeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ReferenceAreas).WithOne().HasForeignKey("ProgrammeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.CoreIndicators).WithOne().HasForeignKey("ProgrammeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Waves).WithOne().HasForeignKey("ProgrammeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Programme.Pillars), nameof(Programme.FocusAreas), nameof(Programme.ReferenceAreas), nameof(Programme.CoreIndicators), nameof(Programme.Waves) })
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
        builder.Property(p => p.NameNl).IsRequired().HasMaxLength(Programme.NameMaxLength);
        builder.Property(p => p.NameEn).IsRequired().HasMaxLength(Programme.NameMaxLength);
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

        builder.Ignore(f => f.Members);

        // One row per member, so "which focus areas contain this wijk" is an indexed query, not a scan of text.
        builder.OwnsMany(f => f.MemberRows, members =>
        {
            members.ToTable("focus_area_members");
            members.WithOwner().HasForeignKey("FocusAreaId");
            members.Property<int>("Id");
            members.HasKey("Id");
            members.Property(m => m.AreaCode).IsRequired();
            members.HasIndex(m => m.AreaCode);
            members.HasIndex("FocusAreaId");
        });
        builder.Navigation(f => f.MemberRows).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReferenceAreaConfiguration : IEntityTypeConfiguration<ReferenceArea>
{
    public void Configure(EntityTypeBuilder<ReferenceArea> builder)
    {
        builder.ToTable("reference_areas");
        builder.HasKey(r => r.Id);
        builder.HasIndex("ProgrammeId", nameof(ReferenceArea.AreaCode)).IsUnique();
    }
}

internal sealed class CoreIndicatorConfiguration : IEntityTypeConfiguration<CoreIndicator>
{
    public void Configure(EntityTypeBuilder<CoreIndicator> builder)
    {
        builder.ToTable("core_indicators");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.BreakdownCode).IsRequired().HasMaxLength(40);
        builder.HasIndex("ProgrammeId", nameof(CoreIndicator.IndicatorId), nameof(CoreIndicator.BreakdownCode)).IsUnique();
        builder.HasOne<Wijkpeil.Domain.Indicators.Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WaveConfiguration : IEntityTypeConfiguration<Wave>
{
    public void Configure(EntityTypeBuilder<Wave> builder)
    {
        builder.ToTable("waves");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Slug).IsRequired().HasMaxLength(Slug.MaxLength);
        builder.HasIndex("ProgrammeId", nameof(Wave.Slug)).IsUnique();
        builder.Property(w => w.Name).IsRequired().HasMaxLength(Programme.NameMaxLength);

        // The list of sources is replaced as a whole when a wave changes, so it is owned and has no identity of its own.
        builder.OwnsMany(w => w.Sources, sources =>
        {
            sources.ToTable("wave_sources");
            sources.WithOwner().HasForeignKey("WaveId");
            sources.Property<int>("Id");
            sources.HasKey("Id");
            sources.Property(s => s.SourceTable).IsRequired().HasMaxLength(40);
            sources.Property(s => s.PeriodCode).IsRequired().HasMaxLength(40);
            sources.HasIndex("WaveId");
        });
        builder.Navigation(w => w.Sources).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
