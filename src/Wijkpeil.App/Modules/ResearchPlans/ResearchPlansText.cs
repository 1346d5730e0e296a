using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.ResearchPlans.ResearchPlansText))]

namespace Wijkpeil.App.Modules.ResearchPlans;

/// <summary>
/// Marker for the ResearchPlans module's texts (<c>ResearchPlansText.resx</c>, Dutch; <c>.en.resx</c>, English): its
/// pages' words and the refusals (the domain's <c>research_plan.*</c> codes and the module's own), found by
/// <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class ResearchPlansText;
