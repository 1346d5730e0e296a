using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans.Storage;

internal sealed class ResearchPlanConfiguration : IEntityTypeConfiguration<ResearchPlan>
{
    public void Configure(EntityTypeBuilder<ResearchPlan> builder)
    {
        builder.ToTable("research_plans");
        builder.HasKey(p => p.Id);

        // One plan per focus area: the domain cannot see the other plans, so the index holds the rule.
        builder.HasIndex(p => new { p.ProgrammeId, p.FocusAreaCode }).IsUnique();
        builder.Property(p => p.FocusAreaCode).IsRequired().HasMaxLength(60);
        builder.Property(p => p.Focus).IsRequired().HasMaxLength(ResearchPlan.FocusMaxLength);
        builder.Property(p => p.Planning).HasMaxLength(ResearchPlan.PlanningMaxLength);
        builder.Property(p => p.Source).HasMaxLength(ResearchPlan.SourceMaxLength);
        builder.PrimitiveCollection(p => p.ResearchQuestions);
        builder.PrimitiveCollection(p => p.Methods);
        builder.PrimitiveCollection(p => p.TargetGroups);
        builder.PrimitiveCollection(p => p.Partners);
    }
}
