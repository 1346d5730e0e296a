using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.MeetingPlaces;

namespace Wijkpeil.App.Modules.MeetingPlaces.Storage;

internal sealed class MeetingPlaceConfiguration : IEntityTypeConfiguration<MeetingPlace>
{
    public void Configure(EntityTypeBuilder<MeetingPlace> builder)
    {
        builder.ToTable("meeting_places");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.ProgrammeId, p.FocusAreaCode });
        builder.Property(p => p.FocusAreaCode).IsRequired().HasMaxLength(60);
        builder.Property(p => p.Name).IsRequired().HasMaxLength(MeetingPlace.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(MeetingPlace.DescriptionMaxLength);
        builder.Property(p => p.Activities).HasMaxLength(MeetingPlace.ActivitiesMaxLength);
        builder.Property(p => p.Address).HasMaxLength(MeetingPlace.AddressMaxLength);
        builder.Property(p => p.Source).HasMaxLength(MeetingPlace.SourceMaxLength);

        // Both columns or neither: the domain's GeoPoint exists only whole, so an empty point is two nulls.
        builder.ComplexProperty(p => p.Point, point =>
        {
            point.Property(g => g.Latitude).HasColumnName("Latitude");
            point.Property(g => g.Longitude).HasColumnName("Longitude");
        });
    }
}
