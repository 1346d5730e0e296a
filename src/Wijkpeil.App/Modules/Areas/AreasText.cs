using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Areas.AreasText))]

namespace Wijkpeil.App.Modules.Areas;

/// <summary>
/// Marker for the problem messages of the Areas module (<c>AreasText.resx</c>, Dutch; <c>AreasText.en.resx</c>,
/// English): a malformed or unknown area code, wherever it is refused (the area API, a programme's focus areas).
/// </summary>
public sealed class AreasText;
