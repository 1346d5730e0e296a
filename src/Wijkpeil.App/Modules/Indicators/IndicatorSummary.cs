using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators;

/// <summary>An indicator in the catalogue, with where it sits in programmes and where its figures come from.</summary>
/// <param name="Code">Stable code, used in filters and in the generic CSV format.</param>
/// <param name="NameNl">Dutch name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DefinitionNl">Dutch definition; empty until someone describes the indicator.</param>
/// <param name="DefinitionEn">English definition.</param>
/// <param name="Unit">Unit, e.g. %.</param>
/// <param name="Kind">percentage, count, rate, mean or score.</param>
/// <param name="Polarity">neutral, higherIsBetter or higherIsWorse.</param>
/// <param name="Source">Who publishes the figures.</param>
/// <param name="PopulationGroup">Whom the figure is about.</param>
/// <param name="IsCurated">False for indicators an import created from an unknown measure key and nobody described yet.</param>
/// <param name="Pillars">The programme pillars (kernset) the indicator is placed on.</param>
/// <param name="SourceMappings">The source table measure keys that feed it.</param>
/// <param name="SourceKind">survey (sampling error) or register (exact); unknown until described.</param>
/// <param name="RetiredAt">When it was retired (out of the kernset choices and public lists, figures kept); null while in use.</param>
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
    bool IsCurated,
    IReadOnlyList<IndicatorPillar> Pillars,
    IReadOnlyList<IndicatorSourceKey> SourceMappings,
    SourceKind SourceKind,
    DateTimeOffset? RetiredAt);
