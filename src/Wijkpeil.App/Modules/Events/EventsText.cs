using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.Events.EventsText))]

namespace Wijkpeil.App.Modules.Events;

/// <summary>
/// Marker for the refusals of the Events module (<c>EventsText.resx</c>, Dutch; <c>EventsText.en.resx</c>, English):
/// the domain's <c>event.*</c> codes and the module's own, found by <see cref="ProblemMessages"/> through the assembly
/// attribute above.
/// </summary>
public sealed class EventsText;
