using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>An indicator as the audit trail and the API show it: its whole definition.</summary>
internal static class IndicatorSnapshot
{
    public static IndicatorDefinition Of(Indicator indicator) => new(
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
        [.. indicator.SourceMappings
            .OrderBy(m => m.SourceTable, StringComparer.Ordinal).ThenBy(m => m.MeasureKey, StringComparer.Ordinal)
            .Select(m => new IndicatorMappingDefinition(m.SourceTable, m.MeasureKey, m.Breakdown))],
        IndicatorRatioDefinition.From(indicator.Ratio));
}
