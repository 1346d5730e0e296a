using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.Contracts;

/// <summary>
/// The register as an observation import matches a file against it and extends it: a file may name areas the register
/// lacks (a 2020-layout table brings thousands) and layout years an area was not yet known in. The writes run on the
/// caller's scoped <c>WijkpeilDbContext</c>, so inside the import's own transaction, and are bulk: one prepared
/// statement for all rows, never a call per row from the caller.
/// </summary>
public interface IAreaRegistration
{
    /// <summary>Every area's id, code and layout years; one query, untracked.</summary>
    Task<IReadOnlyList<AreaLayouts>> LayoutsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds <paramref name="areas"/> (parent derived from the code); returns their ids in the order given.</summary>
    Task<IReadOnlyList<int>> AddAsync(IReadOnlyList<NewArea> areas, CancellationToken cancellationToken = default);

    /// <summary>Replaces the layout years of stored areas (the caller adds years, never removes them).</summary>
    Task SetLayoutYearsAsync(IReadOnlyList<(int AreaId, IReadOnlyList<int> LayoutYears)> areas, CancellationToken cancellationToken = default);

    /// <summary>
    /// The register's part of an import's change stamp, as SQL: scalar sub-queries over this module's tables, each
    /// a number that grows with every change a file is matched against (areas are only added, layout years only
    /// added to an area), so equal numbers mean an earlier match still holds. SQL rather than a call, so that the
    /// caller selects them with its own parts in one command on its connection and transaction (both providers).
    /// </summary>
    IReadOnlyList<string> StampSql { get; }
}

/// <summary>An area of the register with the CBS layout years its code is known in.</summary>
/// <param name="Id">The database id other tables refer to.</param>
/// <param name="Code">CBS code.</param>
/// <param name="LayoutYears">The layout (indeling) years, ascending.</param>
public sealed record AreaLayouts(int Id, AreaCode Code, List<int> LayoutYears);

/// <summary>An area to add to the register.</summary>
/// <param name="Code">CBS code; its parent is the one the code determines (BU → WK → GM; PV → NL00).</param>
/// <param name="Name">The name the file gives.</param>
/// <param name="LayoutYear">The layout year the file names it in, when known.</param>
public sealed record NewArea(AreaCode Code, string Name, int? LayoutYear);
