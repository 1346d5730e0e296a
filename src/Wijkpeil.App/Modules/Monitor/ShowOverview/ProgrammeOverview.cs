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
/// How the kernset indicators of one pillar moved in a focus area, counted once per indicator for the focus area as one
/// unit (its derived figure, or for one member that member's), between the latest wave and the one before, by the
/// change's claim (<see cref="Change.Claim"/>): significant survey changes better or worse; exact register changes
/// better or worse; <see cref="Untested"/> survey movements that are not significant or cannot be tested (neutral,
/// never better or worse); <see cref="Changed"/> significant or exact movements of indicators where neither direction
/// is better; <see cref="Stable"/>; <see cref="NoComparison"/>: figures without an earlier wave (or suppressed); and
/// <see cref="PerMember"/>: indicators the focus area has no single figure of (a survey estimate of several members,
/// shown side by side on its page). Together they add up to <see cref="Indicators"/>.
/// </summary>
public sealed record PillarTally(
    int PillarNumber,
    int SignificantBetter,
    int SignificantWorse,
    int RegisterBetter,
    int RegisterWorse,
    int Untested,
    int Changed,
    int Stable,
    int NoComparison,
    int Indicators,
    int PerMember = 0);
