namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>
/// A stored application as the applicant's page goes on with it: its reference, the secret of the link (only when it
/// was just made; it is never stored), and whether and when it was filed.
/// </summary>
public sealed record ApplicationSaved(int Id, string Reference, string? NewToken, bool Submitted, DateTimeOffset? SubmittedAt, DateOnly? DecisionDue = null);
