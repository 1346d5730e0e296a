using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>A complete application taking part in a tender.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Reference">Its reference number; unique within the tender, it keys the lot draw.</param>
/// <param name="Score">Its rounded assessment score (<see cref="AssessmentResult.Score"/>); null when not scored.</param>
/// <param name="Amount">The amount applied for (positive).</param>
/// <param name="CompleteAt">The moment the application became complete.</param>
public sealed record TenderCandidate(int ApplicationId, string Reference, decimal? Score, Money Amount, DateTimeOffset CompleteAt);
