using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.Schemes;

/// <summary>
/// What the audit trail keeps of an application before and after a step: its state and money, never the applicant's
/// personal data (the trail is kept longer than the retention period allows for those).
/// </summary>
internal sealed record ApplicationSnapshot(
    string Reference,
    int SchemeId,
    ApplicationStatus Status,
    decimal AmountRequested,
    DecisionKind? Decision,
    decimal? Granted,
    DateOnly? DecisionSentOn,
    int CompletionRequests,
    DateOnly? DelayedTo,
    decimal Paid,
    decimal? Settled,
    SettlementReason? SettlementReason,
    int Objections,
    bool Anonymised,
    decimal Reclaimed = 0m,
    DateTimeOffset? ReportSubmittedAt = null)
{
    public static ApplicationSnapshot Of(SubsidyApplication application) =>
        new(
            application.Reference,
            application.SchemeId,
            application.Status,
            application.AmountRequested.Euros,
            application.Decision,
            application.Granted?.Euros,
            application.DecisionSentOn,
            application.CompletionRequests.Count,
            application.DelayedTo,
            application.Paid.Euros,
            application.Settled?.Euros,
            application.SettlementReason,
            application.Objections.Count,
            application.AnonymisedAt is not null,
            application.Reclaimed.Euros,
            application.ReportSubmittedAt);
}
