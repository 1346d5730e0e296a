namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/programmas/{slug}/gebieden/{focusArea}" and its JSON and CSV.

/// <summary>
/// A programme's focus area as one unit: its members, and per pillar the kernset with the focus area's own figure where
/// one can be derived (a sum of register counts, a ratio of summed counts), else its members side by side.
/// </summary>
public sealed record FocusAreaProfile(
    string ProgrammeSlug,
    string ProgrammeName,
    FocusAreaRef FocusArea,
    IReadOnlyList<FocusPillar> Pillars,
    IReadOnlyList<WaveRef> Factsheets)
{
    /// <summary>The focus area's inhabitants (for several members the sum of theirs, of a period all have); null when unknown.</summary>
    public Reading.Population? Population { get; init; }
}

/// <summary>A pillar's kernset for a focus area (kernset order).</summary>
public sealed record FocusPillar(PillarRef Pillar, IReadOnlyList<FocusIndicatorRow> Indicators);

/// <summary>
/// One kernset indicator for a focus area: the unit's latest and previous figure and the change between them (derived
/// where <see cref="Derivation"/> says so; for a focus area of one member, the member's own), what the figure is
/// (<see cref="Derivation"/>: null for a member's own figure), and each member's latest figure beside it.
/// </summary>
public sealed record FocusIndicatorRow(
    IndicatorSummary Indicator,
    string Breakdown,
    Figure? Latest,
    Figure? Previous,
    Change? Change,
    DerivationNote? Derivation,
    IReadOnlyList<MemberFigure> Members,
    IReadOnlyList<Figure> Trend)
{
    /// <summary>Whether the focus area has no single figure of its own and its members are to be read side by side.</summary>
    public bool SeeMembers => Derivation is { Kind: DerivationKind.SideBySide };
}

/// <summary>
/// A member's latest figure (stored, or derived for a ratio indicator) and its change since the member's previous one,
/// worded by the same claim as everywhere (a survey movement of a member is "hoger/lager, niet te toetsen" unless tested).
/// </summary>
public sealed record MemberFigure(AreaRef Area, Figure? Latest, Change? Change = null);
