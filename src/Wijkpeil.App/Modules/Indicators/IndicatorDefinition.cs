using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>
/// An indicator as a KnowledgePartner or ProgrammeManager describes it: the body of POST and PUT /api/v1/indicators,
/// the file of <c>wijkpeil indicators add|edit</c>, and what GET /api/v1/indicators/{code} answers (PUT takes it back
/// unchanged). Every field is nullable so that a missing one is refused at its field instead of by the JSON reader.
/// </summary>
/// <param name="Code">Stable code, 1 to 100 characters without spaces; cannot change once the indicator exists.</param>
/// <param name="NameNl">Dutch name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DefinitionNl">Dutch definition: what is counted, of whom.</param>
/// <param name="DefinitionEn">English definition.</param>
/// <param name="Unit">Unit, e.g. % or aantal.</param>
/// <param name="Kind">percentage, count, rate, mean or score.</param>
/// <param name="Polarity">neutral, higherIsBetter or higherIsWorse.</param>
/// <param name="SourceKind">survey (sampling error, e.g. RIVM/GGD) or register (no sampling error, e.g. CBS kwb, police).</param>
/// <param name="Source">Who publishes the figures, e.g. "CBS, Kerncijfers wijken en buurten".</param>
/// <param name="PopulationGroup">Whom the figure is about, e.g. "inwoners van 18 jaar en ouder".</param>
/// <param name="Mappings">Where an import finds the figures: a source table's measure key, with the breakdown it is about.</param>
/// <param name="Ratio">
/// Optional: the indicator is derived as scale × numerator / denominator (indicator codes), e.g. bijstand per 1.000
/// inwoners; the monitor computes it where no figure of its own exists, from the two of the same area and period.
/// </param>
public sealed record IndicatorDefinition(
    string? Code,
    string? NameNl,
    string? NameEn,
    string? DefinitionNl,
    string? DefinitionEn,
    string? Unit,
    IndicatorKind? Kind,
    Polarity? Polarity,
    SourceKind? SourceKind,
    string? Source,
    string? PopulationGroup,
    IReadOnlyList<IndicatorMappingDefinition>? Mappings,
    IndicatorRatioDefinition? Ratio = null)
{
    /// <summary>A stored indicator's definition, to edit and put back.</summary>
    public static IndicatorDefinition From(IndicatorDescription indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new IndicatorDefinition(
            indicator.Code,
            indicator.NameNl,
            indicator.NameEn,
            indicator.DefinitionNl,
            indicator.DefinitionEn,
            indicator.Unit,
            indicator.Kind,
            indicator.Polarity,
            indicator.SourceKind,
            indicator.Source,
            indicator.PopulationGroup,
            [.. indicator.SourceMappings.Select(m => new IndicatorMappingDefinition(m.Table, m.Key, m.Breakdown))],
            IndicatorRatioDefinition.From(indicator.Ratio));
    }
}

/// <summary>A derived indicator's ratio: scale × numerator / denominator, each an indicator code.</summary>
/// <param name="Numerator">The code of the indicator above the line, e.g. PersonenPerSoortUitkeringBijstand.</param>
/// <param name="Denominator">The code of the indicator below the line, e.g. AantalInwoners.</param>
/// <param name="Scale">Greater than zero: 1000 for "per 1.000 inwoners", 100 for a percentage.</param>
public sealed record IndicatorRatioDefinition(string? Numerator, string? Denominator, double? Scale)
{
    /// <summary>The stored ratio as a definition; null for an indicator with figures of its own only.</summary>
    public static IndicatorRatioDefinition? From(IndicatorRatio? ratio) =>
        ratio is null ? null : new IndicatorRatioDefinition(ratio.Numerator, ratio.Denominator, ratio.Scale);
}

/// <summary>A measure key of a source table that feeds the indicator.</summary>
/// <param name="SourceTable">The source table as the parsers name it, e.g. 50090NED, kwb or 85984NED.</param>
/// <param name="MeasureKey">The measure's key in that table, e.g. ErvarenGezondheidGoedZeerGoed or p_leegsw.</param>
/// <param name="Breakdown">The breakdown of the source the mapping is about (e.g. 18+); empty when the rows say it.</param>
public sealed record IndicatorMappingDefinition(string? SourceTable, string? MeasureKey, string? Breakdown);

/// <summary>The longest values the catalogue stores.</summary>
public static class IndicatorLimits
{
    public const int Name = 200;
    public const int Definition = 4000;
    public const int Unit = 100;
    public const int Source = 400;
    public const int PopulationGroup = 400;
    public const int SourceTable = 40;
    public const int MeasureKey = 200;
    public const int Breakdown = 40;
}
