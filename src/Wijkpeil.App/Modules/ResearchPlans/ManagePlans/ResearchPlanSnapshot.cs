using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans.ManagePlans;

/// <summary>What the audit trail keeps of a research plan: every detail.</summary>
internal sealed record ResearchPlanSnapshot(
    string FocusAreaCode,
    string Focus,
    IReadOnlyList<string> ResearchQuestions,
    IReadOnlyList<ResearchMethod> Methods,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Partners,
    string? Planning,
    ResearchPlanStatus Status,
    string? Source)
{
    public static ResearchPlanSnapshot Of(ResearchPlan p) =>
        new(p.FocusAreaCode, p.Focus, [.. p.ResearchQuestions], [.. p.Methods], [.. p.TargetGroups], [.. p.Partners], p.Planning, p.Status, p.Source);
}
