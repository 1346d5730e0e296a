using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.Contracts;

/// <summary>
/// What other modules may read of the area register. The members are queries, not lists: a reader composes them
/// into its own query (a filter, a join with its figures), which stays one SQL command. Nothing here writes.
/// </summary>
public interface IAreaRegister
{
    /// <summary>Every area of the register (<c>areas</c>), untracked.</summary>
    IQueryable<AreaRow> Areas { get; }

    /// <summary>Every stored boundary (<c>area_boundaries</c>), one per area and layout year, untracked.</summary>
    IQueryable<AreaBoundaryRow> Boundaries { get; }
}

/// <summary>An area of the register as other modules read it.</summary>
public sealed record AreaRow
{
    /// <summary>The database id other tables refer to.</summary>
    public int Id { get; init; }

    /// <summary>CBS code, e.g. <c>WK034403</c>.</summary>
    public AreaCode Code { get; init; }

    /// <summary>Name in the register.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>country, province, municipality, district or neighbourhood.</summary>
    public AreaLevel Level { get; init; }

    /// <summary>The area directly above it in the register (a buurt's wijk, a wijk's gemeente); null for the country or when unknown.</summary>
    public AreaCode? ParentCode { get; init; }

    /// <summary>The CBS layout (indeling) years in which the code exists, in order (a buurt of an old layout has no recent one).</summary>
    public IReadOnlyList<int> LayoutYears { get; init; } = [];
}

/// <summary>A stored boundary of an area in one CBS layout year.</summary>
public sealed record AreaBoundaryRow
{
    /// <summary>The boundary's id.</summary>
    public int Id { get; init; }

    /// <summary>The area's id (<see cref="AreaRow.Id"/>).</summary>
    public int AreaId { get; init; }

    /// <summary>The CBS layout (indeling) year of the boundary.</summary>
    public int LayoutYear { get; init; }

    /// <summary>The GeoJSON geometry; large, so select it only where it is drawn.</summary>
    public string GeometryJson { get; init; } = string.Empty;
}

/// <summary>CBS codes as people type them.</summary>
public static class AreaCodes
{
    /// <summary>
    /// A CBS code made comparable: trimmed and upper case (gm0344 is GM0344). The register stores codes upper
    /// case and <see cref="AreaCode"/> accepts nothing else.
    /// </summary>
    public static string Normalise(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>The code <paramref name="text"/> names after <see cref="Normalise"/>, or null when it is malformed.</summary>
    public static AreaCode? Parse(string? text) => AreaCode.TryParse(Normalise(text), out var code) ? code : null;
}
