using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/indicatoren/{code}" and its map.

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
/// (<see cref="IndicatorProfileRequest.Programme"/>), else the one all programmes agree on, else totaal. A register
/// count published per buurt only gives a wijk or gemeente without a figure of its own the sum of its buurten when
/// every one of them has a figure (<see cref="RankedArea.Derivation"/>); a ratio indicator (<see cref="Ratio"/>) is
/// derived for an area without a figure of it from its numerator (its own, or that sum) and its own denominator.
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
    Distribution? Distribution,
    IndicatorRatio? Ratio = null)
{
    /// <summary>The breakdowns' names by code ("0.0.0": "Totaal misdrijven"), for those the page has no words of its own for.</summary>
    public IReadOnlyDictionary<string, BreakdownTitle> BreakdownNames { get; init; } = new Dictionary<string, BreakdownTitle>();

    /// <summary>The ranked areas that belong to a programme's focus area (all programmes', or the one asked for), in programme and focus-area order.</summary>
    public IReadOnlyList<ProgrammeRankedArea> ProgrammeAreas { get; init; } = [];
}

/// <summary>A ranked area of a programme's focus area, for the summary of a long ranking.</summary>
public sealed record ProgrammeRankedArea(string ProgrammeName, string FocusAreaName, RankedArea Place);

/// <summary>
/// A place in the ranking; equal values share a rank. <see cref="Derivation"/> is null for a published figure; for a
/// register count the monitor summed from the area's buurten (a wijk or gemeente without a figure of its own, all of
/// whose buurten have one) it says so, with the number of buurten (not named: the page lists areas of one level).
/// </summary>
public sealed record RankedArea(int Rank, AreaRef Area, Figure Figure, DerivationNote? Derivation = null)
{
    /// <summary>Whether the monitor derived the figure.</summary>
    public bool IsDerived => Derivation is not null;
}

/// <summary>The spread of the ranked values: five-number summary, mean and a histogram.</summary>
public sealed record Distribution(int Count, double Min, double Q1, double Median, double Q3, double Max, double Mean, IReadOnlyList<HistogramBin> Bins);

/// <summary>Values v with <see cref="From"/> &lt;= v &lt; <see cref="To"/> (the last bin includes its upper edge).</summary>
public sealed record HistogramBin(double From, double To, int Count);
