using Wijkpeil.App.Kernel.Outcomes;

[assembly: ProblemTexts(typeof(Wijkpeil.App.Modules.MeetingPlaces.MeetingPlacesText))]

namespace Wijkpeil.App.Modules.MeetingPlaces;

/// <summary>
/// Marker for the MeetingPlaces module's texts (<c>MeetingPlacesText.resx</c>, Dutch; <c>.en.resx</c>, English): its
/// pages' words and the refusals (the domain's <c>meeting_place.*</c> codes and the module's own), found by
/// <see cref="ProblemMessages"/> through the assembly attribute above.
/// </summary>
public sealed class MeetingPlacesText;
