namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/vergelijk".

/// <summary>
/// Two to four areas side by side on a programme's kernset; codes that are not in the register are listed, not
/// compared. <see cref="Programme"/> is null when no programme was chosen among several (no pillars then).
/// </summary>
public sealed record Comparison(IReadOnlyList<AreaRef> Areas, IReadOnlyList<string> UnknownCodes, IReadOnlyList<ComparisonPillar> Pillars, ProgrammeChoice? Programme);

/// <summary>One pillar of a comparison.</summary>
public sealed record ComparisonPillar(PillarRef Pillar, IReadOnlyList<ComparisonRow> Rows);

/// <summary>
/// One indicator: each area's latest figure in the kernset breakdown, in the order of
/// <see cref="Comparison.Areas"/> (null where an area has none). The latest period all areas share is
/// used when there is one, so the columns compare like with like.
/// </summary>
public sealed record ComparisonRow(IndicatorSummary Indicator, string Breakdown, IReadOnlyList<Figure?> Figures);
