using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Agenda;
using Wijkpeil.Domain.Programmes;
using Wijkpeil.Domain.Stories;

namespace Wijkpeil.App.Modules.Stories.Storage;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.ToTable("stories");
        builder.HasKey(s => s.Id);
        builder.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);

        // A story outlives the project it was about: the link goes, the story stays.
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.Area).IsRequired();
        builder.HasIndex(s => s.Area);
        builder.HasIndex(s => s.ProjectId);
        builder.Property(s => s.Summary).IsRequired().HasMaxLength(Story.SummaryMaxLength);
        builder.Property(s => s.Body).HasMaxLength(Story.BodyMaxLength);
        builder.Ignore(s => s.IsConsentRecorded);

        builder.HasMany(s => s.Quotes).WithOne().HasForeignKey("StoryId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Quotes).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_quotes");
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("story_quotes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Text).IsRequired().HasMaxLength(Quote.TextMaxLength);
        builder.Property(q => q.Attribution).HasMaxLength(Quote.AttributionMaxLength);
        builder.HasIndex("StoryId");
    }
}
