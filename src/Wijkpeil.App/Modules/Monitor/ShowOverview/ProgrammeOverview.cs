namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/programmas/{slug}" (and "/" when it is the only programme).

/// <summary>The programme overview: focus areas against pillars.</summary>
public sealed record ProgrammeOverview(string Code, string Name, string? Description, IReadOnlyList<PillarRef> Pillars, IReadOnlyList<FocusAreaOverview> FocusAreas)
{
    /// <summary>The pillars with kernset indicators but not one figure in any focus area (pillar 4 on the bundled data): said in words.</summary>
    public IReadOnlySet<int> PillarsWithoutFigures { get; init; } = new HashSet<int>();
}

/// <summary>One focus area's row of the overview, one tally per pillar (same order as the programme's pillars).</summary>
public sealed record FocusAreaOverview(FocusAreaRef FocusArea, IReadOnlyList<PillarTally> Pillars);

/// <summary>
/// How the kernset indicators of one pillar moved in a focus area between each member area's latest
/// wave and the one before: counts over member areas x indicators. Significant changes are counted in
/// <see cref="ImprovedSignificant"/> and <see cref="WorsenedSignificant"/> as well as in the totals.
/// <see cref="Changed"/> counts movements of neutral indicators; <see cref="NoComparison"/> figures
/// without an earlier wave (or suppressed); <see cref="PerMember"/> indicators the focus area has no single figure of
/// (a survey estimate of several members, shown side by side on its page). Each indicator counts once per focus area.
/// </summary>
public sealed record PillarTally(
    int PillarNumber,
    int Improved,
    int ImprovedSignificant,
    int Worsened,
    int WorsenedSignificant,
    int Stable,
    int Changed,
    int NoComparison,
    int Indicators,
    int PerMember = 0);
