using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Agenda.Storage;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);

        // The agenda is listed per focus area of one programme.
        builder.HasIndex(p => new { p.ProgrammeId, p.FocusAreaCode });
        builder.Property(p => p.FocusAreaCode).IsRequired().HasMaxLength(60);
        builder.Property(p => p.Title).IsRequired().HasMaxLength(Project.TitleMaxLength);
        builder.Property(p => p.OwnerOrganisation).HasMaxLength(Project.OwnerOrganisationMaxLength);
        builder.Property(p => p.StopReason).HasMaxLength(Project.StopReasonMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength);
        builder.Property(p => p.MeetingPlaceName).HasMaxLength(Project.MeetingPlaceNameMaxLength);
        builder.Property(p => p.MeetingPlaceAddress).HasMaxLength(Project.MeetingPlaceAddressMaxLength);
        builder.HasIndex(p => p.MeetingPlaceId);

        builder.HasMany(p => p.Pillars).WithOne().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ProgressUpdates).WithOne().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.OutputMeasures).WithOne().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Indicators).WithOne().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FundingLines).WithOne().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Project.Pillars), nameof(Project.ProgressUpdates), nameof(Project.OutputMeasures), nameof(Project.Indicators), nameof(Project.FundingLines) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        // Computed from the collections; nothing to store.
        builder.Ignore(p => p.PillarNumbers);
        builder.Ignore(p => p.PercentComplete);
        builder.Ignore(p => p.TotalBudget);
        builder.Ignore(p => p.TotalCommitted);
        builder.Ignore(p => p.TotalSpent);
        builder.Ignore(p => p.IsOverBudget);
    }
}

internal sealed class ProjectPillarConfiguration : IEntityTypeConfiguration<ProjectPillar>
{
    public void Configure(EntityTypeBuilder<ProjectPillar> builder)
    {
        builder.ToTable("project_pillars");
        builder.HasKey(p => p.Id);

        // Serves the list per pillar, and keeps a pillar once per project.
        builder.HasIndex("ProjectId", nameof(ProjectPillar.Number)).IsUnique();
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ToTable("progress_updates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Text).IsRequired().HasMaxLength(ProgressUpdate.TextMaxLength);

        // Read with its project only.
        builder.HasIndex("ProjectId");
    }
}

internal sealed class OutputMeasureConfiguration : IEntityTypeConfiguration<OutputMeasure>
{
    public void Configure(EntityTypeBuilder<OutputMeasure> builder)
    {
        builder.ToTable("output_measures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).IsRequired().HasMaxLength(OutputMeasure.NameMaxLength);
        builder.Property(m => m.UnitLabel).IsRequired().HasMaxLength(OutputMeasure.UnitLabelMaxLength);
        builder.HasIndex("ProjectId");
        builder.HasMany(m => m.Values).WithOne().HasForeignKey("OutputMeasureId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Values).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_values");
    }
}

internal sealed class OutputValueConfiguration : IEntityTypeConfiguration<OutputValue>
{
    public void Configure(EntityTypeBuilder<OutputValue> builder)
    {
        builder.ToTable("output_values");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.PeriodCode).IsRequired().HasMaxLength(20);

        // One value row per period, as OutputMeasure.SetValue replaces a period's values.
        builder.HasIndex("OutputMeasureId", nameof(OutputValue.PeriodCode)).IsUnique();
    }
}

internal sealed class ProjectIndicatorConfiguration : IEntityTypeConfiguration<ProjectIndicator>
{
    public void Configure(EntityTypeBuilder<ProjectIndicator> builder)
    {
        builder.ToTable("project_indicators");
        builder.HasKey(i => i.Id);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex("ProjectId", nameof(ProjectIndicator.IndicatorId)).IsUnique();
    }
}

internal sealed class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> builder)
    {
        builder.ToTable("funding_lines");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.FunderName).HasMaxLength(FundingLine.FunderNameMaxLength);
        builder.Property(f => f.Budget).HasPrecision(14, 2);
        builder.Property(f => f.Committed).HasPrecision(14, 2);
        builder.Property(f => f.Spent).HasPrecision(14, 2);
        builder.Ignore(f => f.IsOverBudget);
        builder.Ignore(f => f.IsSpentBeyondCommitted);
        builder.HasIndex("ProjectId");
    }
}
