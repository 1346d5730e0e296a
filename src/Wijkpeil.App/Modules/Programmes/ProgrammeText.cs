using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Programmes.ProgrammeText))]

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>
/// Marker for the words of the Programmes module (<c>ProgrammeText.resx</c>, Dutch; <c>ProgrammeText.en.resx</c>,
/// English): one message per problem code, domain codes included, so a form and the API say the same; registered
/// with the kernel's problem messages, and also the words of the /beheer/programmas pages.
/// </summary>
public sealed class ProgrammeText;
