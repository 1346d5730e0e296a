using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.DecideApplication;

/// <summary>
/// A decision as an officer gives it: the kind, the amount for a grant (the amount applied for when empty), the
/// motivation and the motivation per criterion (by criterion id; mandatory on a refusal).
/// </summary>
public sealed record DecisionRequest(DecisionKind Kind, Money? Amount, string? Motivation, IReadOnlyList<(int CriterionId, string? Reason)> PerCriterion);

/// <summary>A recorded decision: what the page and the letter need next.</summary>
public sealed record DecisionRecorded(int ApplicationId, string Reference, DecisionKind Kind, Money? Granted, Money RemainingInScheme);
