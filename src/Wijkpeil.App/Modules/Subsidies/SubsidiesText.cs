using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Subsidies.SubsidiesText))]

namespace Wijkpeil.App.Modules.Subsidies;

/// <summary>
/// Marker for the refusals of the subsidy scheme (<c>SubsidiesText.resx</c>, Dutch; <c>SubsidiesText.en.resx</c>,
/// English): the domain's <c>subsidy.*</c> and <c>money.*</c> codes and the module's own, found by
/// <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class SubsidiesText;
