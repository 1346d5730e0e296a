using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.Contracts;

/// <summary>
/// Finds areas by what people type: a name (case and accents ignored, in part: "overv", "Bétau"), a CBS code
/// ("gm0344") or a programme's focus area (Batau, by name or slug). The register of the newest layout is searched by
/// name; an area only of an earlier layout (a buurt of 2020) is found by its exact code only, and marked as such
/// (<see cref="AreaHit.OnlyInLayout"/>). Searches an index held in memory, renewed when the register changes.
/// </summary>
public interface IAreaSearch
{
    /// <summary>
    /// The best <paramref name="limit"/> hits: exact name or code first, then the programmes' focus areas, then names
    /// that start with the text (or a word of it), then names that contain it; on a tie the higher level first.
    /// </summary>
    Task<IReadOnlyList<AreaHit>> SearchAsync(string? text, int limit, AreaInputOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>What a form field's text names: one area, several, none, or nothing typed (<see cref="AreaInput"/>).</summary>
    Task<AreaInput> ResolveAsync(string? text, AreaInputOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A short list for a field's <c>datalist</c>: Nederland, the provincies, the gemeenten and the focus areas (a few hundred),
    /// each with its <see cref="AreaHit.InputValue"/>; never every wijk and buurt.
    /// </summary>
    Task<IReadOnlyList<AreaHit>> SuggestionsAsync(AreaInputOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>Which areas a field accepts.</summary>
/// <param name="Levels">The levels accepted; null for every level.</param>
/// <param name="FocusAreas">Whether a programme's focus area is accepted.</param>
public sealed record AreaInputOptions(IReadOnlyList<AreaLevel>? Levels = null, bool FocusAreas = false)
{
    /// <summary>Every level, focus areas included (the site search).</summary>
    public static AreaInputOptions Everything { get; } = new(null, FocusAreas: true);

    /// <summary>Register areas of every level, no focus areas.</summary>
    public static AreaInputOptions RegisterAreas { get; } = new();

    public bool Accepts(AreaLevel level) => Levels is null || Levels.Contains(level);
}

/// <summary>Whether a hit is a register area or a programme's focus area.</summary>
public enum AreaHitKind
{
    Area,
    FocusArea,
}

/// <summary>How well a hit matches, best first; the order of the search's ranking.</summary>
public enum AreaMatchQuality
{
    Exact = 0,
    FocusArea = 1,
    Prefix = 2,
    Contains = 3,

    /// <summary>Only spelled alike (Bétau for Batau): searched only when nothing else matched; a form asks "bedoelde u …?".</summary>
    Similar = 4,
}

/// <summary>An area or focus area found.</summary>
/// <param name="Kind">Register area or focus area.</param>
/// <param name="Code">The CBS code (WK034403), or the focus area's slug (batau).</param>
/// <param name="Name">The register's name, or the focus area's.</param>
/// <param name="Level">The area's level; a focus area's is that of its members.</param>
/// <param name="ParentName">The name of the area above it (a wijk's gemeente, a buurt's wijk); a focus area's gemeente.</param>
/// <param name="MunicipalityName">The name of the gemeente it lies in, for a wijk or buurt (tells namesakes apart); else null.</param>
/// <param name="Quality">How well it matched.</param>
public sealed record AreaHit(AreaHitKind Kind, string Code, string Name, AreaLevel Level, string? ParentName, string? MunicipalityName, AreaMatchQuality Quality)
{
    /// <summary>The CBS code of the area above it (a gemeente's provincie); null for the country and a focus area.</summary>
    public string? ParentCode { get; init; }

    /// <summary>For a focus area: the programme's slug and name.</summary>
    public string? ProgrammeCode { get; init; }

    /// <summary>For a focus area: the programme's name.</summary>
    public string? ProgrammeName { get; init; }

    /// <summary>For a focus area: its members' CBS codes.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>An area of an earlier CBS layout only: the last layout year it exists in; null for a current area.</summary>
    public int? OnlyInLayout { get; init; }

    /// <summary>What a field shows and sends back for it: "Utrecht (GM0344)", "Batau (batau)"; the resolver reads the part in brackets.</summary>
    public string InputValue => $"{Name} ({Code})";
}

/// <summary>What a field's text names. One type for every area field, so each form answers alike.</summary>
public abstract record AreaInput(string Text)
{
    /// <summary>Nothing was typed.</summary>
    public sealed record Empty() : AreaInput(string.Empty);

    /// <summary>Exactly one area or focus area.</summary>
    public sealed record Found(string Text, AreaHit Area) : AreaInput(Text);

    /// <summary>Several match equally well ("Utrecht": gemeente and provincie): the form asks "bedoelde u …?".</summary>
    public sealed record Ambiguous(string Text, IReadOnlyList<AreaHit> Candidates) : AreaInput(Text);

    /// <summary>Nothing matches; the form says so at the field.</summary>
    public sealed record Unknown(string Text) : AreaInput(Text);
}
