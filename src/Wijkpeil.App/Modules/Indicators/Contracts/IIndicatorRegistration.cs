using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Indicators;

namespace Wijkpeil.App.Modules.Indicators.Contracts;

/// <summary>
/// The catalogue as an observation import matches a file against it and extends it: a statistical table's measure the
/// catalogue does not know becomes an uncurated indicator, and every measure key a table uses is remembered as a
/// source mapping. The writes run on the caller's scoped <c>WijkpeilDbContext</c>, so inside the import's own
/// transaction, all in one save.
/// </summary>
public interface IIndicatorRegistration
{
    /// <summary>Every indicator with its kind, unit and source keys, in id order; one query, untracked.</summary>
    Task<IReadOnlyList<IndicatorMatch>> MatchesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="indicators"/> (uncurated, neutral) and <paramref name="mappings"/>, whose indicator is a
    /// stored one or one of the new ones by its <see cref="NewIndicator.ProvisionalId"/>; one save. Returns the stored
    /// id of each new indicator by its provisional id.
    /// </summary>
    Task<IReadOnlyDictionary<int, int>> AddAsync(IReadOnlyList<NewIndicator> indicators, IReadOnlyList<NewSourceMapping> mappings, CancellationToken cancellationToken = default);

    /// <summary>
    /// The catalogue's part of an import's change stamp, as SQL: scalar sub-queries over this module's tables, each
    /// a number that grows with every change a file is matched against (indicators and source mappings are only
    /// added), so equal numbers mean an earlier match still holds. SQL rather than a call, so that the caller selects
    /// them with its own parts in one command on its connection and transaction (both providers).
    /// </summary>
    IReadOnlyList<string> StampSql { get; }
}

/// <summary>An indicator as a file's measures are matched against it.</summary>
/// <param name="Id">The database id (for a planned indicator: its provisional id, above every stored one).</param>
/// <param name="Code">Stable code.</param>
/// <param name="Kind">percentage, count, rate, mean or score: decides which values are valid.</param>
/// <param name="Unit">Unit, e.g. %.</param>
/// <param name="SourceKeys">The source table measure keys that feed it.</param>
public sealed record IndicatorMatch(int Id, string Code, IndicatorKind Kind, string Unit, IReadOnlyList<IndicatorSourceKey> SourceKeys);

/// <summary>A measure that becomes an uncurated indicator, named after the source's title.</summary>
/// <param name="ProvisionalId">The id the import planned it under.</param>
/// <param name="Code">The measure key, which becomes the code.</param>
/// <param name="Title">The source's title (Dutch and English name alike until someone describes it).</param>
/// <param name="Kind">The kind the unit suggests.</param>
/// <param name="Unit">The source's unit, when it gives one.</param>
public sealed record NewIndicator(int ProvisionalId, string Code, string Title, IndicatorKind Kind, string? Unit)
{
    /// <summary>Why the catalogue would refuse it (the code's length or spaces, a missing name); null when it would not.</summary>
    public DomainError? Problem => Indicator.Create(Code, Title, Title, Kind, Polarity.Neutral, Unit ?? string.Empty).Error;
}

/// <summary>A measure key of a source table that feeds an indicator (a stored one, or a <see cref="NewIndicator"/> by its provisional id).</summary>
public sealed record NewSourceMapping(int IndicatorId, string SourceTable, string MeasureKey);
