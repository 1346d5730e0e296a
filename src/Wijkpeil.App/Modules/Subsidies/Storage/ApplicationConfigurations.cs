using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Storage;

internal sealed class SubsidyApplicationConfiguration : IEntityTypeConfiguration<SubsidyApplication>
{
    public void Configure(EntityTypeBuilder<SubsidyApplication> builder)
    {
        builder.ToTable("subsidy_applications");
        builder.HasKey(a => a.Id);
        builder.HasOne<SubsidyScheme>().WithMany().HasForeignKey(a => a.SchemeId).OnDelete(DeleteBehavior.Restrict);

        // The worklist per scheme and status; the applicant's link finds its application by the secret's hash.
        builder.HasIndex(a => new { a.SchemeId, a.Status });
        builder.HasIndex(a => a.AccessHash).IsUnique();

        // Every step changes the status; two steps taken at once from the same status cannot both be stored.
        builder.Property(a => a.Status).IsConcurrencyToken();
        builder.Property(a => a.AccessHash).IsRequired().HasMaxLength(64);
        builder.Property(a => a.Title).IsRequired().HasMaxLength(SubsidyApplication.TitleMaxLength);
        builder.Property(a => a.Summary).IsRequired().HasMaxLength(SubsidyApplication.SummaryMaxLength);
        builder.Property(a => a.Planning).HasMaxLength(SubsidyApplication.PlanningMaxLength);
        builder.Property(a => a.DelayReason).HasMaxLength(SubsidyApplication.ReasonMaxLength);
        builder.Property(a => a.DecisionMotivation).HasMaxLength(SubsidyApplication.MotivationMaxLength);
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.Property(a => a.ReportText).HasMaxLength(SubsidyApplication.ReportMaxLength);
        builder.Property(a => a.SettlementExplanation).HasMaxLength(SubsidyApplication.ReasonMaxLength);

        builder.OwnsOne(a => a.Applicant, applicant =>
        {
            applicant.Property(p => p.Kind).HasColumnName("ApplicantKind");
            applicant.Property(p => p.ContactName).HasColumnName("ApplicantName").IsRequired().HasMaxLength(Applicant.NameMaxLength);
            applicant.Property(p => p.Email).HasColumnName("ApplicantEmail").IsRequired().HasMaxLength(Applicant.EmailMaxLength);
            applicant.Property(p => p.Phone).HasColumnName("ApplicantPhone").HasMaxLength(Applicant.PhoneMaxLength);
            applicant.Property(p => p.OrganisationName).HasColumnName("OrganisationName").HasMaxLength(Applicant.NameMaxLength);
            applicant.Property(p => p.KvkNumber).HasColumnName("KvkNumber").HasMaxLength(8);
            applicant.Property(p => p.Address).HasColumnName("ApplicantAddress").HasMaxLength(Applicant.AddressMaxLength);
            applicant.Property(p => p.PostalCode).HasColumnName("ApplicantPostalCode").HasMaxLength(10);
            applicant.Property(p => p.City).HasColumnName("ApplicantCity").HasMaxLength(Applicant.NameMaxLength);
        });
        builder.Navigation(a => a.Applicant).IsRequired();

        builder.HasMany(a => a.BudgetLines).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Attachments).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.CompletionRequests).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Motivations).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Objections).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Payments).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[]
        {
            nameof(SubsidyApplication.BudgetLines), nameof(SubsidyApplication.Attachments), nameof(SubsidyApplication.CompletionRequests),
            nameof(SubsidyApplication.Motivations), nameof(SubsidyApplication.Objections), nameof(SubsidyApplication.Payments),
        })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.Ignore(a => a.Reference);
        builder.Ignore(a => a.AmountRequested);
        builder.Ignore(a => a.Granted);
        builder.Ignore(a => a.Settled);
        builder.Ignore(a => a.Paid);
        builder.Ignore(a => a.Reclaimed);
        builder.Ignore(a => a.IsDecided);
        builder.Ignore(a => a.IsGranted);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("subsidy_budget_lines");
        builder.HasKey(b => b.Id);
        builder.Property<int>("ApplicationId");
        builder.HasIndex("ApplicationId");
        builder.Property(b => b.Description).IsRequired().HasMaxLength(BudgetLine.DescriptionMaxLength);
        builder.Ignore(b => b.Amount);
    }
}

internal sealed class ApplicationAttachmentConfiguration : IEntityTypeConfiguration<ApplicationAttachment>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachment> builder)
    {
        builder.ToTable("subsidy_attachments");
        builder.HasKey(a => a.Id);
        builder.Property<int>("ApplicationId");
        builder.HasIndex("ApplicationId");
        builder.HasIndex(a => a.StoredName).IsUnique();
        builder.Property(a => a.OriginalName).IsRequired().HasMaxLength(200);
        builder.Property(a => a.StoredName).IsRequired().HasMaxLength(80);
        builder.Property(a => a.FileType).IsRequired().HasMaxLength(20);
        builder.Property(a => a.Sha256).IsRequired().HasMaxLength(64);
    }
}

internal sealed class CompletionRequestConfiguration : IEntityTypeConfiguration<CompletionRequest>
{
    public void Configure(EntityTypeBuilder<CompletionRequest> builder)
    {
        builder.ToTable("subsidy_completion_requests");
        builder.HasKey(c => c.Id);
        builder.Property<int>("ApplicationId");
        builder.HasIndex("ApplicationId");
        builder.Property(c => c.Message).IsRequired().HasMaxLength(CompletionRequest.MessageMaxLength);
        builder.Property(c => c.RequestedBy).IsRequired().HasMaxLength(256);
    }
}

internal sealed class CriterionMotivationConfiguration : IEntityTypeConfiguration<CriterionMotivation>
{
    public void Configure(EntityTypeBuilder<CriterionMotivation> builder)
    {
        builder.ToTable("subsidy_decision_motivations");
        builder.HasKey(m => m.Id);
        builder.Property<int>("ApplicationId");
        builder.HasIndex("ApplicationId");
        builder.Property(m => m.Reason).IsRequired().HasMaxLength(CriterionMotivation.ReasonMaxLength);
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.ToTable("subsidy_objections");
        builder.HasKey(o => o.Id);
        builder.Property<int>("ApplicationId");
        builder.HasIndex("ApplicationId");
        builder.Property(o => o.Note).IsRequired().HasMaxLength(Objection.NoteMaxLength);
        builder.Property(o => o.RegisteredBy).IsRequired().HasMaxLength(256);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("subsidy_payments");
        builder.HasKey(p => p.Id);
        builder.Property<int>("ApplicationId");
        builder.HasIndex("ApplicationId");
        builder.Property(p => p.RecordedBy).IsRequired().HasMaxLength(256);
        builder.Ignore(p => p.Amount);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("subsidy_assessments");
        builder.HasKey(a => a.Id);
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);

        // One assessment per assessor per application, ever: after a declared conflict the row stays and keeps them off.
        builder.HasIndex(a => new { a.ApplicationId, a.AssessorId }).IsUnique();

        // An assessor's own worklist.
        builder.HasIndex(a => a.AssessorId);
        builder.Property(a => a.AssessorId).IsRequired().HasMaxLength(64);
        builder.Property(a => a.AssessorName).IsRequired().HasMaxLength(256);
        builder.Property(a => a.AssignedBy).IsRequired().HasMaxLength(256);
        builder.Property(a => a.ConflictNote).HasMaxLength(2_000);
        builder.HasMany(a => a.Scores).WithOne().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.IsActive);
        builder.Ignore(a => a.MaySeeApplication);
    }
}

internal sealed class AssessmentScoreConfiguration : IEntityTypeConfiguration<AssessmentScore>
{
    public void Configure(EntityTypeBuilder<AssessmentScore> builder)
    {
        builder.ToTable("subsidy_scores");
        builder.HasKey(s => s.Id);
        builder.Property<int>("AssessmentId");
        builder.HasIndex("AssessmentId");
        builder.Property(s => s.Reason).IsRequired().HasMaxLength(2_000);
    }
}
