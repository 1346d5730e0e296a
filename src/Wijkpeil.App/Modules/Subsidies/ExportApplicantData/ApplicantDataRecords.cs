using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ExportApplicantData;

/// <summary>
/// Everything Wijkpeil holds about an applicant (AVG art. 15), as the <c>inzage.json</c> of the export: per
/// application the personal data, what was applied for, its handling, the decision, the money and the files (which
/// are in the same ZIP under <see cref="AttachmentData.File"/>). Assessors' names are left out: they are other
/// people's data; their declarations and scores about the application are in.
/// </summary>
public sealed record ApplicantData(DateTimeOffset ExportedAt, string ExportedBy, string ApplicantEmail, IReadOnlyList<ApplicationData> Applications);

public sealed record ApplicationData(
    string Reference,
    string Scheme,
    ApplicationStatus Status,
    ApplicantPart Applicant,
    string Title,
    string Summary,
    string? Area,
    decimal AmountRequestedEuros,
    IReadOnlyList<BudgetLineData> BudgetLines,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Planning,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? CompleteAt,
    IReadOnlyList<CompletionData> CompletionRequests,
    DateOnly? DelayedTo,
    string? DelayReason,
    DecisionData? Decision,
    IReadOnlyList<ObjectionData> Objections,
    IReadOnlyList<PaymentData> Payments,
    ReportData? FinalReport,
    SettlementData? Settlement,
    DateTimeOffset? AnonymisedAt,
    IReadOnlyList<AttachmentData> Attachments,
    IReadOnlyList<AssessmentData> Assessments);

public sealed record ApplicantPart(ApplicantKind Kind, string ContactName, string Email, string? Phone, string? OrganisationName, string? KvkNumber, string? Address, string? PostalCode, string? City);

public sealed record BudgetLineData(string Description, decimal AmountEuros);

public sealed record CompletionData(string Message, DateOnly RequestedOn, DateOnly TermEndsOn, DateOnly? CompletedOn);

public sealed record DecisionData(DecisionKind Kind, decimal? GrantedEuros, string? Motivation, IReadOnlyList<MotivationData> CriterionMotivations, DateTimeOffset? DecidedAt, DateOnly? SentOn);

public sealed record MotivationData(string Criterion, string Reason);

public sealed record ObjectionData(DateOnly ReceivedOn, bool InTime, string Note);

public sealed record PaymentData(PaymentKind Kind, decimal AmountEuros, DateOnly On);

public sealed record ReportData(DateOnly? DueOn, DateTimeOffset? SubmittedAt, string? Text, decimal? ActualCostsEuros);

public sealed record SettlementData(decimal SettledEuros, SettlementReason? Reason, string? Explanation, DateTimeOffset? SettledAt);

/// <summary>A file the applicant added; <paramref name="File"/> is its path in the ZIP, null when the file is no longer stored.</summary>
public sealed record AttachmentData(string OriginalName, string FileType, long Size, string Sha256, DateTimeOffset AddedAt, string? File);

public sealed record AssessmentData(ConflictDeclaration Declaration, DateTimeOffset? SubmittedAt, IReadOnlyList<ScoreData> Scores);

public sealed record ScoreData(string Criterion, int? Score, bool NotApplicable, string Reason);
