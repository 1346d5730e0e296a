namespace Wijkpeil.Domain.Subsidies;

/// <summary>An assessment criterion as scoring needs it: its id and its published weight (a positive whole number).</summary>
public sealed record WeightedCriterion(int Id, int Weight);
