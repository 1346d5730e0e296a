using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Subsidies.AssessApplication.AssessText))]

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// Marker for the refusals of assessing (<c>AssessText.resx</c>, Dutch; <c>AssessText.en.resx</c>, English), found by
/// <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class AssessText;
