using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor;

// The read models of the public outcome monitor: what the pages, factsheets and downloads show. They carry
// both languages where the text comes from the database; the pages pick one. Every figure that reaches them
// has passed the small-number policy: a suppressed figure has no value, only its reason.

/// <summary>An area as pages link to it.</summary>
public sealed record AreaRef(string Code, string Name, AreaLevel Level);

/// <summary>A focus area of a programme: one or more wijken or buurten in one gemeente.</summary>
public sealed record FocusAreaRef(string Code, string Name, AreaRef Municipality, IReadOnlyList<AreaRef> Members);

/// <summary>A pillar of a programme.</summary>
public sealed record PillarRef(int Number, string NameNl, string NameEn);

/// <summary>What a page says about an indicator next to its figures.</summary>
public sealed record IndicatorSummary(
    string Code,
    string NameNl,
    string NameEn,
    string DefinitionNl,
    string DefinitionEn,
    string Unit,
    IndicatorKind Kind,
    Polarity Polarity,
    string Source,
    string PopulationGroup);

/// <summary>Why a survey figure is not shown: too few respondents.</summary>
public sealed record Suppression(int SampleSize, int Threshold);

/// <summary>
/// One published (or, for signed-in staff later, visible) figure. When <see cref="Suppressed"/> is set,
/// <see cref="Value"/>, <see cref="Lower"/>, <see cref="Upper"/> and <see cref="SampleSize"/> are null.
/// </summary>
public sealed record Figure(
    string PeriodCode,
    int PeriodYear,
    string PeriodLabel,
    double? Value,
    double? Lower,
    double? Upper,
    int? SampleSize,
    Suppression? Suppressed,
    string Source);

/// <summary>
/// A change from an earlier figure to a later one: the direction judged by the indicator's polarity, and
/// whether the difference is significant. <see cref="SignificanceOutcome.NotTestable"/> when intervals and
/// sample sizes are missing ("niet te toetsen"): the direction is then shown without a claim of significance.
/// </summary>
public sealed record Change(ChangeDirection Direction, SignificanceOutcome Significance, double Difference, double? PValue, string FromPeriod, string ToPeriod);

/// <summary>A reference area's figure for the same indicator, period and breakdown.</summary>
public sealed record ReferenceFigure(AreaRef Area, Figure? Figure);

// ---- "/" ----------------------------------------------------------------------------------------------

/// <summary>A programme in the list of programmes ("/programmas"): its focus areas by name.</summary>
public sealed record ProgrammeListItem(string Slug, string Name, string? Description, IReadOnlyList<string> FocusAreas);

/// <summary>A programme to choose, by slug and name.</summary>
public sealed record ProgrammeChoice(string Slug, string Name);

/// <summary>A named measurement round of a programme (a factsheet exists per focus area and wave).</summary>
public sealed record WaveRef(string Slug, string Name);

/// <summary>The programme overview: focus areas against pillars.</summary>
public sealed record ProgrammeOverview(string Code, string Name, string? Description, IReadOnlyList<PillarRef> Pillars, IReadOnlyList<FocusAreaOverview> FocusAreas);

/// <summary>One focus area's row of the overview, one tally per pillar (same order as the programme's pillars).</summary>
public sealed record FocusAreaOverview(FocusAreaRef FocusArea, IReadOnlyList<PillarTally> Pillars);

/// <summary>
/// How the kernset indicators of one pillar moved in a focus area between each member area's latest
/// wave and the one before: counts over member areas x indicators. Significant changes are counted in
/// <see cref="ImprovedSignificant"/> and <see cref="WorsenedSignificant"/> as well as in the totals.
/// <see cref="Changed"/> counts movements of neutral indicators; <see cref="NoComparison"/> figures
/// without an earlier wave (or suppressed).
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
    int Indicators);

// ---- "/wijken/{code}" ---------------------------------------------------------------------------------

/// <summary>
/// Everything the area page shows. <see cref="References"/> are the area's gemeente, provincie and the
/// Netherlands where they exist (in that order, the area itself excluded). <see cref="Programmes"/> are the
/// programmes that include the area (as a focus-area member or inside one, in a focus area's gemeente, or as a
/// reference area), each with its kernset; empty for an area in no programme, which shows its <see cref="Children"/>
/// instead (read only then).
/// </summary>
public sealed record AreaProfile(
    AreaRef Area,
    IReadOnlyList<AreaRef> Ancestors,
    IReadOnlyList<AreaProgramme> Programmes,
    IReadOnlyList<AreaRef> References,
    IReadOnlyList<AreaRef> Children)
{
    /// <summary>The focus areas, of every programme shown, that the area is or lies in.</summary>
    public IReadOnlyList<FocusAreaRef> FocusAreas => [.. Programmes.SelectMany(p => p.FocusAreas).Select(f => f.FocusArea)];
}

/// <summary>One programme on an area page: the focus areas the area is or lies in, and the kernset per pillar.</summary>
public sealed record AreaProgramme(string Slug, string Name, IReadOnlyList<AreaFocusNote> FocusAreas, IReadOnlyList<PillarProfile> Pillars);

/// <summary>A focus area the area is or lies in, with the waves that have a factsheet (a member has a figure).</summary>
public sealed record AreaFocusNote(FocusAreaRef FocusArea, IReadOnlyList<WaveRef> Factsheets);

/// <summary>A pillar's indicators for one area (kernset order).</summary>
public sealed record PillarProfile(PillarRef Pillar, IReadOnlyList<IndicatorRow> Indicators);

/// <summary>
/// One indicator for one area: latest and previous figure in the kernset breakdown, the change between
/// them, the reference areas' figures for the latest period, and the whole series for the trend chart.
/// </summary>
public sealed record IndicatorRow(
    IndicatorSummary Indicator,
    string Breakdown,
    Figure? Latest,
    Figure? Previous,
    Change? Change,
    IReadOnlyList<ReferenceFigure> References,
    IReadOnlyList<Figure> Trend);

// ---- "/indicatoren/{code}" ----------------------------------------------------------------------------

/// <summary>What the indicator page asks for; null means the default (see <see cref="IndicatorProfile"/>).</summary>
public sealed record IndicatorProfileRequest(
    string IndicatorCode,
    AreaLevel Level = AreaLevel.District,
    string? Within = null,
    string? Period = null,
    string? Breakdown = null,
    string? Programme = null);

/// <summary>
/// An indicator across areas: every area of <see cref="Level"/> within <see cref="Within"/> (a gemeente,
/// provincie or NL00) ranked for one period and breakdown, best first by polarity (highest first for a
/// neutral indicator). <see cref="WithoutValue"/> lists the areas of that level and scope that have no
/// figure (or a suppressed one); <see cref="WithoutBoundary"/> those ranked but without a polygon for the
/// map. The period defaults to the latest with figures, the breakdown to the kernset's of the chosen programme
/// (<see cref="IndicatorProfileRequest.Programme"/>), else the one all programmes agree on, else totaal.
/// </summary>
public sealed record IndicatorProfile(
    IndicatorSummary Indicator,
    IReadOnlyList<string> Periods,
    IReadOnlyList<string> Breakdowns,
    string Period,
    string Breakdown,
    AreaLevel Level,
    AreaRef Within,
    IReadOnlyList<RankedArea> Ranking,
    IReadOnlyList<AreaRef> WithoutValue,
    IReadOnlyList<AreaRef> WithoutBoundary,
    Distribution? Distribution);

/// <summary>A place in the ranking; equal values share a rank.</summary>
public sealed record RankedArea(int Rank, AreaRef Area, Figure Figure);

/// <summary>The spread of the ranked values: five-number summary, mean and a histogram.</summary>
public sealed record Distribution(int Count, double Min, double Q1, double Median, double Q3, double Max, double Mean, IReadOnlyList<HistogramBin> Bins);

/// <summary>Values v with <see cref="From"/> &lt;= v &lt; <see cref="To"/> (the last bin includes its upper edge).</summary>
public sealed record HistogramBin(double From, double To, int Count);

// ---- "/vergelijk" -------------------------------------------------------------------------------------

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

// ---- "/programmas/{slug}/factsheets/{focusArea}/{wave}" -----------------------------------------------

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
    DateTimeOffset DataDate);

/// <summary>One pillar of a factsheet.</summary>
public sealed record FactsheetPillar(PillarRef Pillar, IReadOnlyList<FactsheetRow> Rows);

/// <summary>One indicator of a factsheet.</summary>
public sealed record FactsheetRow(IndicatorSummary Indicator, string Breakdown, IReadOnlyList<MemberFigures> Members, IReadOnlyList<ReferenceFigure> References);

/// <summary>A member area's figure for the factsheet's period, the previous wave's and the change.</summary>
public sealed record MemberFigures(AreaRef Area, Figure? Current, Figure? Previous, Change? Change);
