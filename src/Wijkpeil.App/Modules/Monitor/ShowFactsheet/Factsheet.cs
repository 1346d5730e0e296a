namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/programmas/{slug}/factsheets/{focusArea}/{wave}" and its PDF.

/// <summary>
/// A print-ready factsheet of one focus area for one wave of its programme: per pillar every kernset indicator, for
/// each member area the figure of the period the wave takes for that indicator (through its sources), the figure
/// before it and the change; the references' figures for the same period; the sources and the data version (newest
/// import batch that fed it). <see cref="Waves"/> are the programme's waves that have a factsheet for the focus area.
/// </summary>
public sealed record Factsheet(
    string ProgrammeSlug,
    string ProgrammeName,
    FocusAreaRef FocusArea,
    WaveRef Wave,
    IReadOnlyList<WaveRef> Waves,
    IReadOnlyList<AreaRef> References,
    IReadOnlyList<FactsheetPillar> Pillars,
    IReadOnlyList<string> Sources,
    string DataVersion,
    DateTimeOffset DataDate)
{
    /// <summary>The breakdowns' names by code, for a breakdown the page has no words of its own for.</summary>
    public IReadOnlyDictionary<string, BreakdownTitle> BreakdownNames { get; init; } = new Dictionary<string, BreakdownTitle>();
}

/// <summary>One pillar of a factsheet.</summary>
public sealed record FactsheetPillar(PillarRef Pillar, IReadOnlyList<FactsheetRow> Rows);

/// <summary>
/// One indicator of a factsheet. For a focus area of several members, <see cref="Whole"/> is the focus area's own
/// (derived) figure and <see cref="Derivation"/> says how it was derived, or that the members are to be read side by side.
/// </summary>
public sealed record FactsheetRow(IndicatorSummary Indicator, string Breakdown, IReadOnlyList<MemberFigures> Members, IReadOnlyList<ReferenceFigure> References)
{
    public MemberFigures? Whole { get; init; }

    public DerivationNote? Derivation { get; init; }
}

/// <summary>A member area's figure for the factsheet's period, the previous wave's and the change.</summary>
public sealed record MemberFigures(AreaRef Area, Figure? Current, Figure? Previous, Change? Change);
