using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators.Contracts;

/// <summary>
/// What other modules may read about indicators: their descriptions and the source tables that feed them. The
/// queryable members are for readers that compose them into their own query (one SQL command); nothing here writes.
/// </summary>
public interface IIndicatorCatalogue
{
    /// <summary>Every indicator of the catalogue (<c>indicators</c>), untracked.</summary>
    IQueryable<IndicatorEntryRow> Indicators { get; }

    /// <summary>
    /// The indicators whose page and figures <paramref name="audience"/> may see: every one for a signed-in reader, only
    /// described (curated) ones for the public; an indicator an import created stays off public pages, rankings,
    /// downloads and the API until someone describes it. Retired indicators are in it (their figures stay); lists
    /// of choices leave them out through <see cref="IndicatorEntryRow.IsRetired"/>.
    /// </summary>
    IQueryable<IndicatorEntryRow> VisibleTo(Audience audience);

    /// <summary>Which source table and measure key feed each indicator (<c>indicator_source_mappings</c>), untracked.</summary>
    IQueryable<IndicatorSourceRow> SourceKeys { get; }

    /// <summary>The indicators with these ids (unknown ids are left out); one query.</summary>
    Task<IReadOnlyDictionary<int, IndicatorDescription>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The indicator with this code, matched exactly, else ignoring case (links and typed URLs lose the case:
    /// "ervarengezondheidgoedzeergoed"); null when there is none. One query.
    /// </summary>
    Task<IndicatorDescription?> FindAsync(string? code, CancellationToken cancellationToken = default);
}

/// <summary>An indicator as the catalogue describes it.</summary>
/// <param name="Id">The database id other tables refer to.</param>
/// <param name="Code">Stable code.</param>
/// <param name="NameNl">Dutch name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DefinitionNl">Dutch definition; empty until someone describes the indicator.</param>
/// <param name="DefinitionEn">English definition.</param>
/// <param name="Unit">Unit, e.g. %.</param>
/// <param name="Kind">percentage, count, rate, mean or score.</param>
/// <param name="Polarity">neutral, higherIsBetter or higherIsWorse.</param>
/// <param name="Source">Who publishes the figures.</param>
/// <param name="PopulationGroup">Whom the figure is about.</param>
/// <param name="IsCurated">False for indicators an import created and nobody described yet.</param>
/// <param name="SourceMappings">The source table measure keys that feed it, by table and key.</param>
/// <param name="SourceKind">survey (sampling error) or register (exact); unknown until described.</param>
/// <param name="RetiredAt">When it left the kernset choices and public lists; null while in use.</param>
/// <param name="Ratio">For a derived indicator: numerator and denominator indicator codes and the scale; null otherwise.</param>
/// <param name="RatioNumeratorId">The id of the ratio's numerator indicator (read in the same query); null without one.</param>
/// <param name="RatioDenominatorId">The id of the ratio's denominator indicator; null without one.</param>
public sealed record IndicatorDescription(
    int Id,
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
    IReadOnlyList<IndicatorSourceKey> SourceMappings,
    SourceKind SourceKind = SourceKind.Unknown,
    DateTimeOffset? RetiredAt = null,
    IndicatorRatio? Ratio = null,
    int? RatioNumeratorId = null,
    int? RatioDenominatorId = null);

/// <summary>A measure key in a source table that maps to an indicator.</summary>
/// <param name="Table">The source table id, e.g. 50090NED.</param>
/// <param name="Key">The measure key, e.g. ErvarenGezondheidGoedZeerGoed.</param>
/// <param name="Breakdown">The breakdown of the source the mapping is about (e.g. 18+); empty when the rows say it.</param>
public sealed record IndicatorSourceKey(string Table, string Key, string Breakdown = "");

/// <summary>An indicator of the catalogue as a query row; <see cref="IndicatorDescription"/> has the rest.</summary>
public sealed record IndicatorEntryRow
{
    /// <summary>The database id other tables refer to.</summary>
    public int Id { get; init; }

    /// <summary>Stable code.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Dutch name.</summary>
    public string NameNl { get; init; } = string.Empty;

    /// <summary>English name.</summary>
    public string NameEn { get; init; } = string.Empty;

    /// <summary>Unit, e.g. %.</summary>
    public string Unit { get; init; } = string.Empty;

    /// <summary>percentage, count, rate, mean or score.</summary>
    public IndicatorKind Kind { get; init; }

    /// <summary>False for an indicator an import created and nobody described: not public.</summary>
    public bool IsCurated { get; init; }

    /// <summary>Retired: out of the kernset choices and public lists, its figures kept.</summary>
    public bool IsRetired { get; init; }

    /// <summary>For a derived indicator: the code of the indicator above the line; null otherwise.</summary>
    public string? RatioNumerator { get; init; }

    /// <summary>For a derived indicator: the code of the indicator below the line; null otherwise.</summary>
    public string? RatioDenominator { get; init; }

    /// <summary>For a derived indicator: what the quotient is multiplied by (1000 for "per 1.000"); null otherwise.</summary>
    public double? RatioScale { get; init; }
}

/// <summary>A measure key of a source table that feeds an indicator, as a query row.</summary>
public sealed record IndicatorSourceRow
{
    /// <summary>The indicator's id (<see cref="IndicatorEntryRow.Id"/>).</summary>
    public int IndicatorId { get; init; }

    /// <summary>The source table id, e.g. 50090NED.</summary>
    public string SourceTable { get; init; } = string.Empty;

    /// <summary>The measure key, e.g. ErvarenGezondheidGoedZeerGoed.</summary>
    public string MeasureKey { get; init; } = string.Empty;
}
