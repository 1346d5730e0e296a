using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators.Storage;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).IsRequired().HasMaxLength(Indicator.MaxCodeLength);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.NameNl).IsRequired();
        builder.Property(i => i.NameEn).IsRequired();
        builder.Property(i => i.DefinitionNl).HasMaxLength(4000);
        builder.Property(i => i.DefinitionEn).HasMaxLength(4000);
        builder.Property(i => i.Unit).HasMaxLength(100);
        builder.Property(i => i.RatioNumerator).HasMaxLength(Indicator.MaxCodeLength);
        builder.Property(i => i.RatioDenominator).HasMaxLength(Indicator.MaxCodeLength);
        builder.Ignore(i => i.Ratio);
        builder.HasMany(i => i.SourceMappings).WithOne().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.SourceMappings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndicatorSourceMappingConfiguration : IEntityTypeConfiguration<IndicatorSourceMapping>
{
    public void Configure(EntityTypeBuilder<IndicatorSourceMapping> builder)
    {
        builder.ToTable("indicator_source_mappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.SourceTable).IsRequired().HasMaxLength(40);
        builder.Property(m => m.MeasureKey).IsRequired().HasMaxLength(200);
        builder.Property(m => m.Breakdown).IsRequired().HasMaxLength(IndicatorLimits.Breakdown).HasDefaultValue(string.Empty);
        builder.HasIndex(m => new { m.SourceTable, m.MeasureKey }).IsUnique();

        // An indicator's mappings are read with it (the catalogue's descriptions): without this index every read scans them all.
        builder.HasIndex(m => m.IndicatorId);
    }
}
