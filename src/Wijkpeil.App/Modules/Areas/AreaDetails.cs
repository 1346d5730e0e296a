using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas;

/// <summary>An area in the register with its place in the hierarchy and what Wijkpeil knows about it.</summary>
/// <param name="Code">CBS code, e.g. <c>WK034403</c>.</param>
/// <param name="Name">Name in the register.</param>
/// <param name="Level">country, province, municipality, district or neighbourhood.</param>
/// <param name="LevelNl">The level in Dutch: land, provincie, gemeente, wijk or buurt.</param>
/// <param name="Parent">The area directly above it, when the register has it.</param>
/// <param name="Ancestors">Every area above it that the register has, from the country down to the parent.</param>
/// <param name="LayoutYears">The CBS layout (indeling) years in which the code exists.</param>
/// <param name="Children">How many areas lie directly below it, per level.</param>
/// <param name="HasBoundary">Whether a boundary for maps is stored.</param>
/// <param name="FocusAreas">The programmes' focus areas this area is, or lies in.</param>
/// <param name="PublishedObservations">How many published figures there are for the area.</param>
public sealed record AreaDetails(
    string Code,
    string Name,
    AreaLevel Level,
    string LevelNl,
    AreaReference? Parent,
    IReadOnlyList<AreaReference> Ancestors,
    IReadOnlyList<int> LayoutYears,
    IReadOnlyList<AreaChildCount> Children,
    bool HasBoundary,
    IReadOnlyList<AreaFocusArea> FocusAreas,
    int PublishedObservations);

/// <summary>A link to another area.</summary>
/// <param name="Code">CBS code.</param>
/// <param name="Name">Name in the register.</param>
/// <param name="Level">The area's level.</param>
public sealed record AreaReference(string Code, string Name, AreaLevel Level);

/// <summary>The number of areas of one level directly below an area.</summary>
/// <param name="Level">The children's level.</param>
/// <param name="LevelNl">The level in Dutch.</param>
/// <param name="Count">How many there are.</param>
public sealed record AreaChildCount(AreaLevel Level, string LevelNl, int Count);

/// <summary>The names of the area levels as the API and the Dutch UI show them.</summary>
public static class AreaLevelNames
{
    public static string Dutch(AreaLevel level) => level switch
    {
        AreaLevel.Country => "land",
        AreaLevel.Province => "provincie",
        AreaLevel.Municipality => "gemeente",
        AreaLevel.District => "wijk",
        AreaLevel.Neighbourhood => "buurt",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
