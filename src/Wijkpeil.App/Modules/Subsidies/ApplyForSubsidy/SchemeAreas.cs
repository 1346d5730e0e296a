using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.ApplyForSubsidy;

/// <summary>An area an initiative can take place in: a member of the scheme's focus areas, or a buurt of one.</summary>
public sealed record SchemeArea(AreaCode Code, string Name, AreaLevel Level);

/// <summary>
/// The areas of a scheme's focus areas (their wijken and the buurten in them), by name, for the form's choice and the
/// check that an application's area belongs to the scheme.
/// </summary>
public sealed class SchemeAreas(IProgrammeCatalogue programmes, IAreaRegister register)
{
    public async Task<IReadOnlyList<SchemeArea>> OfAsync(SubsidyScheme scheme, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var focusAreas = (await programmes.FocusAreasAsync(null, ct))
            .Where(f => f.ProgrammeId == scheme.ProgrammeId && scheme.FocusAreas.Contains(f.FocusArea.Slug))
            .SelectMany(f => f.FocusArea.Members)
            .Distinct()
            .ToList();
        if (focusAreas.Count == 0)
        {
            return [];
        }

        var rows = await register.Areas
            .Where(a => focusAreas.Contains(a.Code) || (a.ParentCode != null && focusAreas.Contains(a.ParentCode.Value)))
            .Select(a => new { a.Code, a.Name, a.Level, a.ParentCode })
            .ToListAsync(ct);

        // A member the register does not hold (yet) is still the scheme's: listed by its code.
        rows.AddRange(focusAreas.Where(m => !rows.Any(r => r.Code == m)).Select(m => new { Code = m, Name = m.Value, Level = AreaLevel.District, ParentCode = (AreaCode?)null }));

        // Each member first, its buurten after it, alphabetically: the form lists them in that order.
        return [.. rows
            .OrderBy(r => focusAreas.IndexOf(focusAreas.Contains(r.Code) ? r.Code : r.ParentCode!.Value))
            .ThenBy(r => focusAreas.Contains(r.Code) ? 0 : 1)
            .ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => new SchemeArea(r.Code, r.Name, r.Level))];
    }
}
