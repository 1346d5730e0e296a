using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.Storage;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).IsRequired();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).IsRequired().HasMaxLength(200);
        builder.HasIndex(a => a.ParentCode);
        builder.HasIndex(a => a.Level);

        // Layout years are few per area and always read with it: one text column ("2020,2024").
        builder.Property<List<int>>("_layoutYears")
            .HasColumnName("LayoutYears")
            .HasMaxLength(200)
            .HasConversion(
                years => string.Join(',', years),
                text => ParseYears(text),
                new ValueComparer<List<int>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(17, (hash, year) => (hash * 31) + year),
                    list => list.ToList()));
        builder.Ignore(a => a.LayoutYears);
    }

    private static List<int> ParseYears(string text) =>
        text.Length == 0 ? [] : [.. text.Split(',').Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture))];
}

internal sealed class AreaBoundaryConfiguration : IEntityTypeConfiguration<AreaBoundary>
{
    public void Configure(EntityTypeBuilder<AreaBoundary> builder)
    {
        builder.ToTable("area_boundaries");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.AreaId, b.LayoutYear }).IsUnique();
        builder.Property(b => b.GeometryJson).IsRequired().HasMaxLength(int.MaxValue);
        builder.HasOne<Area>().WithMany().HasForeignKey(b => b.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
