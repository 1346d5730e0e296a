using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Indicators;

/// <summary>
/// A measured quantity in the catalogue, such as "% adults with good or very good self-rated health".
/// Its code is stable across imports; source tables reach it through <see cref="IndicatorSourceMapping"/>.
/// </summary>
public sealed class Indicator
{
    public const int MaxCodeLength = 100;

    private readonly List<IndicatorSourceMapping> _sourceMappings = [];

    private Indicator(string code, string nameNl, string nameEn, IndicatorKind kind, Polarity polarity, string unit)
    {
        Code = code;
        NameNl = nameNl;
        NameEn = nameEn;
        Kind = kind;
        Polarity = polarity;
        Unit = unit;
        Source = string.Empty;
        PopulationGroup = string.Empty;
        DefinitionNl = string.Empty;
        DefinitionEn = string.Empty;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string NameNl { get; private set; }

    public string NameEn { get; private set; }

    public string DefinitionNl { get; private set; }

    public string DefinitionEn { get; private set; }

    public string Unit { get; private set; }

    public IndicatorKind Kind { get; private set; }

    public Polarity Polarity { get; private set; }

    /// <summary>Who publishes the figures, e.g. "RIVM/GGD Gezondheidsmonitor (CBS 50090NED)".</summary>
    public string Source { get; private set; }

    /// <summary>Whom the figure is about, e.g. "inwoners van 18 jaar en ouder".</summary>
    public string PopulationGroup { get; private set; }

    /// <summary>False for indicators an import created from an unknown measure key and nobody described yet.</summary>
    public bool IsCurated { get; private set; }

    /// <summary>Whether the figures are survey estimates (with a sampling error) or register counts (exact).</summary>
    public SourceKind SourceKind { get; private set; }

    /// <summary>
    /// When the indicator left the kernset choices and public lists; null while it is in use. A retired indicator keeps
    /// its figures.
    /// </summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>
    /// For a derived indicator (a ratio such as "per 1.000 inwoners"): the code of the indicator counted above the line;
    /// null for an indicator with figures of its own. See <see cref="Ratio"/>.
    /// </summary>
    public string? RatioNumerator { get; private set; }

    /// <summary>For a derived indicator: the code of the indicator counted below the line.</summary>
    public string? RatioDenominator { get; private set; }

    /// <summary>For a derived indicator: what the quotient is multiplied by (1000 for "per 1.000", 100 for a percentage).</summary>
    public double? RatioScale { get; private set; }

    /// <summary>The ratio the indicator is derived from, or null when it has figures of its own only.</summary>
    public IndicatorRatio? Ratio =>
        RatioNumerator is { } numerator && RatioDenominator is { } denominator && RatioScale is { } scale ? new IndicatorRatio(numerator, denominator, scale) : null;

    public IReadOnlyList<IndicatorSourceMapping> SourceMappings => _sourceMappings;

    public static Result<Indicator> Create(string code, string nameNl, string nameEn, IndicatorKind kind, Polarity polarity, string unit)
    {
        code = code?.Trim() ?? string.Empty;
        if (code.Length == 0 || code.Length > MaxCodeLength || code.Any(char.IsWhiteSpace))
        {
            return Result<Indicator>.Failure(
                "indicator.code.invalid",
                $"Indicatorcode '{code}' is ongeldig: verwacht 1 tot {MaxCodeLength} tekens zonder spaties.");
        }

        if (string.IsNullOrWhiteSpace(nameNl))
        {
            return Result<Indicator>.Failure("indicator.name.required", $"Indicator '{code}' heeft geen Nederlandse naam.");
        }

        return new Indicator(code, nameNl.Trim(), string.IsNullOrWhiteSpace(nameEn) ? nameNl.Trim() : nameEn.Trim(), kind, polarity, unit?.Trim() ?? string.Empty);
    }

    /// <summary>Fills in the descriptive fields that make the indicator fit for publication.</summary>
    public void Describe(string definitionNl, string definitionEn, string source, string populationGroup)
    {
        DefinitionNl = definitionNl?.Trim() ?? string.Empty;
        DefinitionEn = definitionEn?.Trim() ?? string.Empty;
        Source = source?.Trim() ?? string.Empty;
        PopulationGroup = populationGroup?.Trim() ?? string.Empty;
        IsCurated = true;
    }

    /// <summary>Marks the figures as survey estimates or register counts.</summary>
    public void SetSourceKind(SourceKind sourceKind) => SourceKind = sourceKind;

    /// <summary>Takes the indicator out of the kernset choices and public lists; its figures stay. Retiring twice keeps the first date.</summary>
    public void Retire(DateTimeOffset at) => RetiredAt ??= at;

    /// <summary>Defines the indicator as <paramref name="ratio"/> of two others, or (null) as one with figures of its own only.</summary>
    public void DefineRatio(IndicatorRatio? ratio)
    {
        RatioNumerator = ratio?.Numerator;
        RatioDenominator = ratio?.Denominator;
        RatioScale = ratio?.Scale;
    }

    public void Rename(string nameNl, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameNl);
        NameNl = nameNl.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? NameNl : nameEn.Trim();
    }

    public void Classify(IndicatorKind kind, Polarity polarity, string unit)
    {
        Kind = kind;
        Polarity = polarity;
        Unit = unit?.Trim() ?? string.Empty;
    }

    /// <summary>
    /// Makes <paramref name="mappings"/> the indicator's whole list of source mappings: a (table, key) it already has
    /// keeps its row and takes the new breakdown, the others are added, and those left out are removed.
    /// </summary>
    public void ReplaceSourceMappings(IEnumerable<(string SourceTable, string MeasureKey, string Breakdown)> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var wanted = mappings.Select(m => (Table: m.SourceTable.Trim(), Key: m.MeasureKey.Trim(), Breakdown: m.Breakdown?.Trim() ?? string.Empty)).ToList();
        _sourceMappings.RemoveAll(m => !wanted.Any(w => w.Table == m.SourceTable && w.Key == m.MeasureKey));
        foreach (var (table, key, breakdown) in wanted)
        {
            if (_sourceMappings.FirstOrDefault(m => m.SourceTable == table && m.MeasureKey == key) is { } kept)
            {
                kept.Breakdown = breakdown;
            }
            else
            {
                _sourceMappings.Add(new IndicatorSourceMapping(table, key, breakdown));
            }
        }
    }

    /// <summary>Maps a measure key of a source table to this indicator; returns false when already mapped.</summary>
    public bool MapSource(string sourceTable, string measureKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceTable);
        ArgumentException.ThrowIfNullOrWhiteSpace(measureKey);

        // Compare the trimmed values that are stored, or a padded key adds a second, duplicate mapping.
        sourceTable = sourceTable.Trim();
        measureKey = measureKey.Trim();
        if (_sourceMappings.Any(m => m.SourceTable == sourceTable && m.MeasureKey == measureKey))
        {
            return false;
        }

        _sourceMappings.Add(new IndicatorSourceMapping(sourceTable, measureKey));
        return true;
    }
}

/// <summary>
/// How a derived indicator is computed: <see cref="Scale"/> × (numerator's figure / denominator's figure), both of the
/// same area, period and breakdown. For a composite area (a focus area of several wijken) both are summed over the
/// members first, so the ratio is never an average of the members' ratios.
/// </summary>
/// <param name="Numerator">The code of the indicator above the line, e.g. PersonenPerSoortUitkeringBijstand.</param>
/// <param name="Denominator">The code of the indicator below the line, e.g. AantalInwoners.</param>
/// <param name="Scale">What the quotient is multiplied by, greater than zero: 1000 for "per 1.000 inwoners".</param>
public sealed record IndicatorRatio(string Numerator, string Denominator, double Scale)
{
    /// <summary>Derived values keep one decimal, as CBS publishes its rates per 1,000: 60,5, not 60,498.</summary>
    public const int Decimals = 1;

    /// <summary>
    /// The derived value rounded to <see cref="Decimals"/> (more would claim a precision two counts do not have), or
    /// null when the denominator is zero.
    /// </summary>
    public double? Apply(double numerator, double denominator) =>
        denominator == 0 ? null : Math.Round(Scale * numerator / denominator, Decimals, MidpointRounding.AwayFromZero);
}

/// <summary>Where an indicator's figures come from: a measure key in a source table (e.g. 50090NED, ErvarenGezondheidGoedZeerGoed).</summary>
public sealed class IndicatorSourceMapping
{
    public IndicatorSourceMapping(string sourceTable, string measureKey, string breakdown = "")
    {
        SourceTable = sourceTable;
        MeasureKey = measureKey;
        Breakdown = breakdown;
    }

    public int Id { get; private set; }

    public int IndicatorId { get; private set; }

    public string SourceTable { get; private set; }

    public string MeasureKey { get; private set; }

    /// <summary>
    /// The breakdown of the source this mapping is about (e.g. 18+ for 50090NED's adults), empty when the source gives
    /// the breakdown per row itself. Describes the source for readers and editors; the import files each value under
    /// the breakdown its row names.
    /// </summary>
    public string Breakdown { get; internal set; }
}
