namespace Wijkpeil.Domain.Subsidies;

/// <summary>The decision's motivation on one criterion (Awb 3:46), as the letter states it.</summary>
public sealed class CriterionMotivation
{
    public const int ReasonMaxLength = 4_000;

    private CriterionMotivation()
    {
        Reason = string.Empty;
    }

    public int Id { get; private set; }

    public int CriterionId { get; private set; }

    public string Reason { get; private set; }

    internal static CriterionMotivation Create(int criterionId, string reason) => new() { CriterionId = criterionId, Reason = reason };
}
