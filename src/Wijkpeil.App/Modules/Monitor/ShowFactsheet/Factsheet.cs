using Wijkpeil.App.Kernel.Text;

namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/programmas/{slug}/factsheets/{focusArea}/{wave}" and its PDF.

/// <summary>
/// A print-ready factsheet of one focus area for one wave of its programme: per pillar every kernset indicator, for
/// each member area the figure of the period the wave takes for that indicator (through its sources), the figure
/// before it and the change; the references' figures for the same period; the sources and the data version in words
/// (when the figures shown were last imported, and their sources with periods). <see cref="Waves"/> are the programme's waves that have a factsheet for the focus area.
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
    DataVersion DataVersion)
{
    /// <summary>The breakdowns' names by code, for a breakdown the page has no words of its own for.</summary>
    public IReadOnlyDictionary<string, BreakdownTitle> BreakdownNames { get; init; } = new Dictionary<string, BreakdownTitle>();

    /// <summary>The focus area's inhabitants (CBS), with the period of the figure; null when not read.</summary>
    public Reading.Population? Population { get; init; }
}

/// <summary>One pillar of a factsheet; <see cref="Headlines"/> are the ones its first page summarises.</summary>
public sealed record FactsheetPillar(PillarRef Pillar, IReadOnlyList<FactsheetRow> Rows)
{
    /// <summary>
    /// The pillar's headline indicators: the first <see cref="FactsheetHeadline.PerPillar"/> of the kernset's order (the
    /// programme lists its indicators most telling first) that have a figure of the focus area in the wave.
    /// </summary>
    public IReadOnlyList<FactsheetHeadline> Headlines { get; init; } = [];
}

/// <summary>
/// A headline indicator on a factsheet's summary page: the focus area's figure, its change since the previous wave,
/// its comparison with the gemeente and its trend (every figure of the focus area up to the wave, oldest first).
/// <see cref="Member"/> is set when the figure is one member's: a survey estimate of a focus area of several wijken is
/// never summed or averaged, so each member gets a headline of its own, side by side.
/// </summary>
public sealed record FactsheetHeadline(FactsheetRow Row, MemberFigures Focus, IReadOnlyList<Figure> Trend, GemeenteComparison? Gemeente)
{
    /// <summary>At most this many headline rows per pillar: five pillars of four rows fit the first page.</summary>
    public const int PerPillar = 4;

    /// <summary>The member whose figure this is, when the focus area has no figure of its own; null for the focus area's.</summary>
    public AreaRef? Member { get; init; }
}

/// <summary>How a focus area's figure compares with its gemeente's of the same period.</summary>
public enum GemeenteOutcome
{
    /// <summary>Not testable (a survey figure without interval or sample size, a count, another period): the two values side by side.</summary>
    SideBySide = 0,

    /// <summary>Significantly higher (a survey estimate), or higher by an exact register figure that is not a count.</summary>
    Higher = 1,

    /// <summary>Significantly or exactly lower.</summary>
    Lower = 2,

    /// <summary>Tested, and the difference may be chance (p &gt;= 0.05), or exactly equal.</summary>
    NotDifferent = 3,
}

/// <summary>The gemeente's figure beside the focus area's, and what may be said of the difference.</summary>
public sealed record GemeenteComparison(AreaRef Gemeente, Figure Figure, GemeenteOutcome Outcome, bool OtherPeriod);

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
