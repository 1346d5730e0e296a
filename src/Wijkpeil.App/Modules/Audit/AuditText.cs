using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Audit.AuditText))]

namespace Wijkpeil.App.Modules.Audit;

/// <summary>
/// Marker for the problem messages of the Audit module (<c>AuditText.resx</c>, Dutch; <c>AuditText.en.resx</c>,
/// English): the refusals of the trail's filter, the same on the page and for the CSV address.
/// </summary>
public sealed class AuditText;
