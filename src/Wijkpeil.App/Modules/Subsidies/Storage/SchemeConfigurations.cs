using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Storage;

internal sealed class SubsidySchemeConfiguration : IEntityTypeConfiguration<SubsidyScheme>
{
    public void Configure(EntityTypeBuilder<SubsidyScheme> builder)
    {
        builder.ToTable("subsidy_schemes");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Gemeente);
        builder.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Slug).IsRequired().HasMaxLength(SubsidyScheme.SlugMaxLength);
        builder.Property(s => s.Name).IsRequired().HasMaxLength(SubsidyScheme.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(SubsidyScheme.DescriptionMaxLength);
        builder.Property(s => s.Eligibility).HasMaxLength(SubsidyScheme.EligibilityMaxLength);
        builder.Property(s => s.ObjectionClause).IsRequired().HasMaxLength(SubsidyScheme.ObjectionClauseMaxLength);
        builder.Property(s => s.LotSeed).HasMaxLength(100);
        builder.Property(s => s.MinimumScore).HasPrecision(6, 2);
        builder.PrimitiveCollection(s => s.FocusAreas);
        builder.PrimitiveCollection(s => s.ProjectIds);

        // The ledger is changed only by the conditional update that grants (see SubsidyScheme's remarks), never by
        // saving a tracked scheme over it: EF must not write it back from a stale copy.
        builder.Property(s => s.GrantedCents).ValueGeneratedNever().Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);

        builder.HasMany(s => s.Criteria).WithOne().HasForeignKey("SchemeId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Attachments).WithOne().HasForeignKey("SchemeId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.PlafondChanges).WithOne().HasForeignKey("SchemeId").OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(SubsidyScheme.Criteria), nameof(SubsidyScheme.Attachments), nameof(SubsidyScheme.PlafondChanges) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.Ignore(s => s.Plafond);
        builder.Ignore(s => s.Granted);
        builder.Ignore(s => s.Remaining);
        builder.Ignore(s => s.MinimumAmount);
        builder.Ignore(s => s.MaximumAmount);
        builder.Ignore(s => s.IsPublished);
        builder.Ignore(s => s.Scale);
    }
}

internal sealed class SchemeCriterionConfiguration : IEntityTypeConfiguration<SchemeCriterion>
{
    public void Configure(EntityTypeBuilder<SchemeCriterion> builder)
    {
        builder.ToTable("subsidy_criteria");
        builder.HasKey(c => c.Id);
        builder.Property<int>("SchemeId");
        builder.HasIndex("SchemeId");
        builder.Property(c => c.Name).IsRequired().HasMaxLength(SchemeCriterion.NameMaxLength);
        builder.Property(c => c.Description).HasMaxLength(SchemeCriterion.DescriptionMaxLength);
    }
}

internal sealed class AttachmentRequirementConfiguration : IEntityTypeConfiguration<AttachmentRequirement>
{
    public void Configure(EntityTypeBuilder<AttachmentRequirement> builder)
    {
        builder.ToTable("subsidy_attachment_requirements");
        builder.HasKey(a => a.Id);
        builder.Property<int>("SchemeId");
        builder.HasIndex("SchemeId");
        builder.Property(a => a.Kind).IsRequired().HasMaxLength(AttachmentRequirement.KindMaxLength);
        builder.Property(a => a.FileTypes).IsRequired().HasMaxLength(200);
        builder.Ignore(a => a.FileTypeNames);
    }
}

internal sealed class PlafondChangeConfiguration : IEntityTypeConfiguration<PlafondChange>
{
    public void Configure(EntityTypeBuilder<PlafondChange> builder)
    {
        builder.ToTable("subsidy_plafond_changes");
        builder.HasKey(c => c.Id);
        builder.Property<int>("SchemeId");
        builder.HasIndex("SchemeId");
        builder.Property(c => c.Reason).IsRequired().HasMaxLength(SubsidyScheme.PlafondReasonMaxLength);
    }
}
