using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Lessons;

namespace Wijkpeil.App.Modules.Lessons.Storage;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("lessons");
        builder.HasKey(l => l.Id);

        // The library without a search lists the latest published lessons first.
        builder.HasIndex(l => new { l.IsPublished, l.CreatedAt });
        builder.HasIndex(l => l.ProjectId);
        builder.Property(l => l.Title).IsRequired().HasMaxLength(Lesson.TitleMaxLength);
        builder.Property(l => l.WhatWasTried).IsRequired().HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.WhatHappened).IsRequired().HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.EffectiveElements).HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.Context).HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.AreaKind).HasMaxLength(Lesson.AreaKindMaxLength);
        builder.Property(l => l.OutcomeCaveat).HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.Contact).HasMaxLength(Lesson.ContactMaxLength);
        builder.Property(l => l.IndicatorCode).HasMaxLength(Lesson.IndicatorCodeMaxLength);
        builder.PrimitiveCollection(l => l.FocusAreaCodes);
        builder.PrimitiveCollection(l => l.PillarNumbers);
        builder.PrimitiveCollection(l => l.Tags);
        builder.HasOne<LessonSource>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LessonSourceConfiguration : IEntityTypeConfiguration<LessonSource>
{
    public void Configure(EntityTypeBuilder<LessonSource> builder)
    {
        builder.ToTable("lesson_sources");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).IsRequired().HasMaxLength(LessonSource.TitleMaxLength);
        builder.Property(s => s.Url).HasMaxLength(LessonSource.UrlMaxLength);

        // Seeded in the migration with fixed ids, like the roles: the sources the progress letter names are there in
        // every database, empty or restored, without a seeding step.
        builder.HasData(KnownLessonSources.All.Select(s => new { s.Id, s.Kind, s.Title, Url = (string?)s.Url }));
    }
}
