using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Subsidies.DefineScheme.DefineSchemeText))]

namespace Wijkpeil.App.Modules.Subsidies.DefineScheme;

/// <summary>
/// Marker for the texts of the scheme form, publication and plafond changes, and their refusals
/// (<c>DefineSchemeText.resx</c>, Dutch; <c>DefineSchemeText.en.resx</c>, English).
/// </summary>
public sealed class DefineSchemeText;
