using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.Storage;

internal sealed class CommunityEventConfiguration : IEntityTypeConfiguration<CommunityEvent>
{
    public void Configure(EntityTypeBuilder<CommunityEvent> builder)
    {
        builder.ToTable("community_events");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.StartsAt);
        builder.Property(e => e.Title).IsRequired().HasMaxLength(CommunityEvent.TitleMaxLength);
        builder.Property(e => e.Description).HasMaxLength(CommunityEvent.DescriptionMaxLength);
        builder.Property(e => e.Address).HasMaxLength(CommunityEvent.AddressMaxLength);
        builder.Property(e => e.Report).HasMaxLength(CommunityEvent.ReportMaxLength);
        builder.PrimitiveCollection(e => e.InvitedGemeenten);
        builder.PrimitiveCollection(e => e.InvitedOrganisations);
        builder.PrimitiveCollection(e => e.PillarNumbers);
        builder.PrimitiveCollection(e => e.FocusAreaCodes);
        builder.PrimitiveCollection(e => e.ProjectIds);

        // The place counter is changed only by EventPlaces' conditional updates, never by saving a tracked event over
        // it: EF must not write it back from a stale copy.
        builder.Property(e => e.PlacesTaken).ValueGeneratedNever().Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        builder.HasMany(e => e.Registrations).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Registrations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.HeldPlaces);
        builder.Ignore(e => e.WaitingList);
    }
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("event_registrations");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.EventId);

        // The person's link finds their registration by the hash of its secret; a check-in code is unique per event.
        builder.HasIndex(r => r.LinkTokenHash).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.CheckInCode }).IsUnique();
        builder.Property(r => r.Name).IsRequired().HasMaxLength(EventRegistration.NameMaxLength);
        builder.Property(r => r.Email).IsRequired().HasMaxLength(EventRegistration.EmailMaxLength);
        builder.Property(r => r.Organisation).HasMaxLength(EventRegistration.OrganisationMaxLength);
        builder.Property(r => r.GemeenteCode).HasMaxLength(6);
        builder.Property(r => r.LinkTokenHash).HasMaxLength(64);
        builder.Property(r => r.CheckInCode).HasMaxLength(12);
        builder.Ignore(r => r.HoldsPlace);
        builder.Ignore(r => r.IsActive);
    }
}
