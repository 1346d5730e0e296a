namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/vergelijk".

/// <summary>
/// Two to six areas side by side on a programme's kernset; codes that are not in the register are listed, not
/// compared. <see cref="Programme"/> is null when no programme was chosen among several (no pillars then). A focus area
/// of the programme is one column (its <see cref="AreaRef.Code"/> is its slug); <see cref="Links"/> holds each
/// column's page (area page or focus-area page), in the order of <see cref="Areas"/>.
/// </summary>
public sealed record Comparison(IReadOnlyList<AreaRef> Areas, IReadOnlyList<string> UnknownCodes, IReadOnlyList<ComparisonPillar> Pillars, ProgrammeChoice? Programme)
{
    public IReadOnlyList<string> Links { get; init; } = [];
}

/// <summary>One pillar of a comparison.</summary>
public sealed record ComparisonPillar(PillarRef Pillar, IReadOnlyList<ComparisonRow> Rows);

/// <summary>
/// One indicator: each area's latest figure in the kernset breakdown, in the order of
/// <see cref="Comparison.Areas"/> (null where an area has none). The latest period all areas share is
/// used when there is one, so the columns compare like with like. <see cref="Notes"/> says per column how a derived
/// figure was derived, or that a focus area has none of its own ("zie deelgebieden"); null for an area's own figure.
/// </summary>
public sealed record ComparisonRow(IndicatorSummary Indicator, string Breakdown, IReadOnlyList<Figure?> Figures)
{
    public IReadOnlyList<DerivationNote?> Notes { get; init; } = [];
}
