namespace Wijkpeil.App.Modules.Monitor;

// The read model of "/wijken/{code}".

/// <summary>
/// Everything the area page shows. <see cref="References"/> are the area's gemeente, provincie and the
/// Netherlands where they exist (in that order, the area itself excluded). <see cref="Programmes"/> are the
/// programmes that include the area (as a focus-area member or inside one, in a focus area's gemeente, or as a
/// reference area), each with its kernset. <see cref="Children"/> are the areas one level below (a gemeente's wijken),
/// in code order, with their inhabitants where published.
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

    /// <summary>The area's inhabitants (newest CBS AantalInwoners), when published.</summary>
    public Reading.Population? Population { get; init; }

    /// <summary>The children's inhabitants by code, for those that have a figure.</summary>
    public IReadOnlyDictionary<string, Reading.Population> ChildPopulation { get; init; } = new Dictionary<string, Reading.Population>();

    /// <summary>The breakdowns' names by code, for a breakdown the page has no words of its own for.</summary>
    public IReadOnlyDictionary<string, BreakdownTitle> BreakdownNames { get; init; } = new Dictionary<string, BreakdownTitle>();
}

/// <summary>One programme on an area page: the focus areas the area is or lies in, and the kernset per pillar.</summary>
public sealed record AreaProgramme(string Slug, string Name, IReadOnlyList<AreaFocusNote> FocusAreas, IReadOnlyList<PillarProfile> Pillars);

/// <summary>A focus area the area is or lies in, with the waves that have a factsheet (a member has a figure).</summary>
public sealed record AreaFocusNote(FocusAreaRef FocusArea, IReadOnlyList<WaveRef> Factsheets);

/// <summary>A pillar's indicators for one area (kernset order).</summary>
public sealed record PillarProfile(PillarRef Pillar, IReadOnlyList<IndicatorRow> Indicators)
{
    /// <summary>
    /// No indicator of the pillar has a single figure in any area (pillar 4 on the bundled data): the page says in words
    /// that none are published yet, instead of a table of empty cells.
    /// </summary>
    public bool WithoutFigures { get; init; }
}

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
    IReadOnlyList<Figure> Trend)
{
    /// <summary>What the area's figures of this indicator are when derived (a sum of its buurten, a ratio); else null.</summary>
    public DerivationNote? Derivation { get; init; }
}
