namespace Wijkpeil.Domain.ResearchPlans;

/// <summary>What a coordinator fills in for a focus area's research plan, as typed; <see cref="ResearchPlan"/> checks it.</summary>
/// <param name="FocusAreaCode">The programme's focus-area code (slug), e.g. <c>vollenhove</c>.</param>
/// <param name="Focus">What the plan is about, in a few sentences.</param>
/// <param name="ResearchQuestions">The questions (or topics) it answers; at least one.</param>
/// <param name="Methods">How it gathers answers; may be empty while not yet chosen.</param>
/// <param name="TargetGroups">Whom it asks or is about, e.g. <c>Jongeren en jongvolwassenen</c>.</param>
/// <param name="Partners">Who does it with the gemeente, e.g. <c>Hogeschool Utrecht</c>.</param>
/// <param name="Planning">When what happens, as text; null while unknown.</param>
/// <param name="Status">Planned, running or completed.</param>
/// <param name="Source">Where the plan is described, so a reader can check it.</param>
public sealed record ResearchPlanDetails(
    string? FocusAreaCode,
    string? Focus,
    IReadOnlyList<string> ResearchQuestions,
    IReadOnlyList<ResearchMethod> Methods,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Partners,
    string? Planning,
    ResearchPlanStatus Status,
    string? Source);
