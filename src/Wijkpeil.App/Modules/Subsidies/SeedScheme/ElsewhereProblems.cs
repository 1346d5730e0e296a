using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Subsidies.SeedScheme.ElsewhereProblems))]

namespace Wijkpeil.App.Modules.Subsidies.SeedScheme;

/// <summary>
/// Marker for the refusals about a scheme run outside Wijkpeil (<c>ElsewhereProblems.resx</c>, Dutch;
/// <c>.en.resx</c>, English), found by <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class ElsewhereProblems;
