using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor;

// The read models the public outcome monitor's pages share; each page's own read model sits in its slice folder
// (ShowOverview, ShowAreaProfile, ShowIndicatorProfile, CompareAreas, ShowFactsheet, ListProgrammes). They carry
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
    string PopulationGroup,
    SourceKind SourceKind = SourceKind.Unknown);

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
/// A change from an earlier figure to a later one: the direction judged by the indicator's polarity, the significance
/// test, and the <see cref="Claim"/> it may make given the indicator's source kind (<see cref="ChangeClaims"/>): every
/// page, factsheet, tally and download shows the claim, never the direction alone. <see cref="RelativePercent"/> is the
/// relative size of a register change (null for a survey, and for a register change from 0, where none exists).
/// </summary>
public sealed record Change(
    ChangeDirection Direction,
    SignificanceOutcome Significance,
    double Difference,
    double? PValue,
    string FromPeriod,
    string ToPeriod,
    ChangeClaim Claim,
    double? RelativePercent);

/// <summary>
/// A reference area's figure for the same indicator and breakdown: of the same period as the area's figure beside it,
/// or, where the reference has none of that period, its nearest earlier one (<paramref name="OtherPeriod"/>: the page
/// names the period in the cell).
/// </summary>
public sealed record ReferenceFigure(AreaRef Area, Figure? Figure, bool OtherPeriod = false)
{
    /// <summary>How the reference's figure was derived (a gemeente's crimes summed from its buurten); null for a stored one.</summary>
    public DerivationNote? Derivation { get; init; }
}

/// <summary>A programme to choose, by slug and name.</summary>
public sealed record ProgrammeChoice(string Slug, string Name);

/// <summary>A named measurement round of a programme (a factsheet exists per focus area and wave).</summary>
public sealed record WaveRef(string Slug, string Name);

/// <summary>A breakdown's name as the source gave it ("Totaal misdrijven" / "All crimes" for 47018NED's 0.0.0).</summary>
public sealed record BreakdownTitle(string Nl, string En);
