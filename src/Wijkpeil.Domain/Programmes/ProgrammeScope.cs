using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Programmes;

/// <summary>
/// What a project or story checks against the programme it belongs to: the programme's id and name, its focus-area
/// codes and its pillar numbers. Modules that read programmes through a contract build it without the aggregate.
/// </summary>
/// <param name="Id">The programme's id.</param>
/// <param name="Name">Its name, for messages.</param>
/// <param name="FocusAreaCodes">Its focus-area codes (slugs).</param>
/// <param name="PillarNumbers">Its pillar numbers.</param>
public sealed record ProgrammeScope(int Id, string Name, IReadOnlyCollection<string> FocusAreaCodes, IReadOnlyCollection<int> PillarNumbers)
{
    /// <summary>The scope of a loaded programme aggregate.</summary>
    public static ProgrammeScope Of(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeScope(programme.Id, programme.Name, [.. programme.FocusAreas.Select(f => f.Code)], [.. programme.Pillars.Select(p => p.Number)]);
    }

    /// <summary>
    /// The refusal of <paramref name="code"/> (trimmed) when it is not one of this programme's focus areas, or null:
    /// <c>{codePrefix}.focus_area.unknown</c> at <paramref name="field"/>, naming the code as given and the programme.
    /// </summary>
    public DomainError? RefuseFocusArea(string? code, string codePrefix, string field = "focusArea") =>
        FocusAreaCodes.Contains(code?.Trim() ?? string.Empty)
            ? null
            : new DomainError($"{codePrefix}.focus_area.unknown", $"'{code}' is geen focusgebied van {Name}.", field, code, Name);
}
