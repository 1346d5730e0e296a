using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.App.Modules.Opportunities.Storage;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ToTable("opportunities");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.ProgrammeId);
        builder.Property(o => o.Title).IsRequired().HasMaxLength(Opportunity.TitleMaxLength);
        builder.Property(o => o.Description).HasMaxLength(Opportunity.DescriptionMaxLength);
        builder.Property(o => o.Owner).HasMaxLength(Opportunity.OwnerMaxLength);
        builder.Property(o => o.Source).HasMaxLength(Opportunity.SourceMaxLength);

        // The links to related programmes, focus areas (slugs) and agenda projects are lists of ids, as an event's are:
        // the register reads them whole and filters on few rows.
        builder.PrimitiveCollection(o => o.RelatedProgrammeIds);
        builder.PrimitiveCollection(o => o.FocusAreaCodes);
        builder.PrimitiveCollection(o => o.ProjectIds);
        builder.Ignore(o => o.Amount);
        builder.Ignore(o => o.NextStatuses);

        builder.HasMany(o => o.History).WithOne().HasForeignKey("OpportunityId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
    }
}

internal sealed class OpportunityStatusChangeConfiguration : IEntityTypeConfiguration<OpportunityStatusChange>
{
    public void Configure(EntityTypeBuilder<OpportunityStatusChange> builder)
    {
        builder.ToTable("opportunity_status_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.By).IsRequired().HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(OpportunityStatusChange.NoteMaxLength);
    }
}

internal sealed class RelatedProgrammeConfiguration : IEntityTypeConfiguration<RelatedProgramme>
{
    public void Configure(EntityTypeBuilder<RelatedProgramme> builder)
    {
        builder.ToTable("related_programmes");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Name).IsRequired().HasMaxLength(RelatedProgramme.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(RelatedProgramme.DescriptionMaxLength);
        builder.Property(p => p.Contact).HasMaxLength(RelatedProgramme.ContactMaxLength);
        builder.PrimitiveCollection(p => p.Themes);
    }
}

internal sealed class OpportunityRoundConfiguration : IEntityTypeConfiguration<OpportunityRound>
{
    public void Configure(EntityTypeBuilder<OpportunityRound> builder)
    {
        builder.ToTable("opportunity_rounds");
        builder.HasKey(r => r.Id);

        // One round per year, also when two coordinators start it at the same moment.
        builder.HasIndex(r => r.Year).IsUnique();
        builder.Ignore(r => r.Progress);
        builder.HasMany(r => r.Programmes).WithOne().HasForeignKey("RoundId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Programmes).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_programmes");
    }
}

internal sealed class RoundProgrammeConfiguration : IEntityTypeConfiguration<RoundProgramme>
{
    public void Configure(EntityTypeBuilder<RoundProgramme> builder)
    {
        builder.ToTable("round_programmes");
        builder.HasKey(p => p.Id);
        builder.HasIndex("RoundId", nameof(RoundProgramme.RelatedProgrammeId)).IsUnique();

        // A programme that was in a round stays: its response is on record.
        builder.HasOne<RelatedProgramme>().WithMany().HasForeignKey(p => p.RelatedProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Response).HasMaxLength(RoundProgramme.ResponseMaxLength);
        builder.PrimitiveCollection(p => p.OpportunityIds);
        builder.Ignore(p => p.IsSent);
        builder.Ignore(p => p.IsAnswered);
    }
}
