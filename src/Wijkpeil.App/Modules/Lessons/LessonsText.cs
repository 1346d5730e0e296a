using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Lessons.LessonsText))]

namespace Wijkpeil.App.Modules.Lessons;

/// <summary>
/// Marker for the refusals of the Lessons module (<c>LessonsText.resx</c>, Dutch; <c>LessonsText.en.resx</c>, English):
/// the domain's <c>lesson.*</c> and <c>lesson_source.*</c> codes and the module's own, found by
/// <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class LessonsText;
