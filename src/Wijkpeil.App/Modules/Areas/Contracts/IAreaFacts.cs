using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.Contracts;

/// <summary>
/// What the area API tells about an area that other modules hold: the programmes' focus areas it belongs to and how
/// many published figures it has. Areas lies below Programmes and Measurements, so it defines what it asks and they
/// answer it (Programmes: <c>ProgrammeAreaFocusAreas</c>; Measurements: <c>MeasurementAreaFigures</c>).
/// </summary>
public interface IAreaFocusAreas
{
    /// <summary>
    /// The focus areas of every programme that <paramref name="area"/> is a member of, or lies in through one of
    /// <paramref name="ancestors"/> (a buurt of a member wijk); in no particular order. One query.
    /// </summary>
    Task<IReadOnlyList<AreaFocusArea>> ContainingAsync(AreaCode area, IReadOnlyCollection<AreaCode> ancestors, CancellationToken cancellationToken = default);

    /// <summary>Every programme's focus areas, for the area search (<see cref="IAreaSearch"/>); a few dozen at most.</summary>
    Task<IReadOnlyList<NamedFocusArea>> AllAsync(CancellationToken cancellationToken = default);
}

/// <summary>How many figures an area has; see <see cref="IAreaFocusAreas"/> for why Areas asks it through a contract.</summary>
public interface IAreaFigures
{
    /// <summary>How many published figures there are for the area with this id. One query.</summary>
    Task<int> CountPublishedAsync(int areaId, CancellationToken cancellationToken = default);
}

/// <summary>A focus area of a programme that an area belongs to.</summary>
/// <param name="ProgrammeCode">The programme, e.g. <c>vitale-wijken</c>.</param>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="Code">The focus area, e.g. <c>batau</c>.</param>
/// <param name="Name">The focus area's name.</param>
/// <param name="IsMember">True when the area is one of the focus area's own wijken or buurten; false when it lies inside one of them.</param>
public sealed record AreaFocusArea(string ProgrammeCode, string ProgrammeName, string Code, string Name, bool IsMember);

/// <summary>A programme's focus area as the area search finds it.</summary>
/// <param name="ProgrammeCode">The programme, e.g. <c>vitale-wijken</c>.</param>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="Code">The focus area's slug, e.g. <c>batau</c>.</param>
/// <param name="Name">The focus area's name.</param>
/// <param name="Municipality">The gemeente it lies in.</param>
/// <param name="Members">Its wijken and buurten.</param>
public sealed record NamedFocusArea(string ProgrammeCode, string ProgrammeName, string Code, string Name, AreaCode Municipality, IReadOnlyList<AreaCode> Members);
