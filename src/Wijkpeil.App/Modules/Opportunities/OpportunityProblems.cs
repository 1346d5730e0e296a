using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Opportunities.OpportunityProblems))]

namespace Wijkpeil.App.Modules.Opportunities;

/// <summary>
/// Marker for the register's refusals (<c>OpportunityProblems.resx</c>, Dutch; <c>.en.resx</c>, English), found by
/// <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class OpportunityProblems;
