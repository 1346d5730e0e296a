using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators.Contracts;

/// <summary>Writes a curated catalogue (the embedded default's) into the indicator catalogue.</summary>
public interface IIndicatorCuration
{
    /// <summary>
    /// Adds the indicators the catalogue lacks, with their source keys, and describes those an import created from a
    /// bare measure key that nobody curated yet; an indicator someone curated stays as it is. Can run again after an
    /// interrupted start. Returns how many were added or described; one save.
    /// </summary>
    Task<int> CurateAsync(IReadOnlyList<CuratedIndicator> indicators, CancellationToken cancellationToken = default);
}

/// <summary>An indicator as a curated catalogue describes it.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="NameNl">Dutch name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DefinitionNl">Dutch definition.</param>
/// <param name="DefinitionEn">English definition.</param>
/// <param name="Unit">Unit, e.g. %.</param>
/// <param name="Kind">percentage, count, rate, mean or score.</param>
/// <param name="Polarity">neutral, higherIsBetter or higherIsWorse.</param>
/// <param name="Source">Who publishes the figures.</param>
/// <param name="PopulationGroup">Whom the figure is about.</param>
/// <param name="Sources">The source table measure keys that feed it.</param>
/// <param name="SourceKind">survey (sampling error) or register (exact).</param>
/// <param name="Ratio">For a derived indicator: scale × numerator / denominator (indicator codes); null otherwise.</param>
public sealed record CuratedIndicator(
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
    IReadOnlyList<IndicatorSourceKey> Sources,
    SourceKind SourceKind,
    IndicatorRatio? Ratio = null);
