using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Stories;

/// <summary>
/// The programmes as stories read them: only through <see cref="IProgrammeCatalogue"/>. A story belongs to one
/// programme; its area lies in one of that programme's focus areas and its pillar is one of that programme's.
/// </summary>
public sealed class StoryProgrammes(IProgrammeCatalogue catalogue, IAreaRegister register)
{
    private IReadOnlyList<ProgrammeDetails>? all;

    /// <summary>Every programme with its focus areas and pillars, by name; read once per request.</summary>
    public async Task<IReadOnlyList<ProgrammeDetails>> AllAsync(CancellationToken ct)
    {
        if (all is null)
        {
            var list = new List<ProgrammeDetails>();
            foreach (var summary in await catalogue.ListAsync(ct))
            {
                if (await catalogue.GetAsync(summary.Slug, ct) is { } details)
                {
                    list.Add(details);
                }
            }

            all = list;
        }

        return all;
    }

    /// <summary>
    /// The programmes and focus areas whose wijk or buurt <paramref name="area"/> is, or (for a buurt the register knows)
    /// whose wijk it lies in; of <paramref name="programmeSlug"/> only when given. Members before "lies in".
    /// </summary>
    public async Task<IReadOnlyList<ProgrammeFocusArea>> FocusAreasOfAsync(AreaCode area, string? programmeSlug, CancellationToken ct)
    {
        var wijk = area.Level == AreaLevel.Neighbourhood ? area.DerivedParent : null;
        var found = (await catalogue.FocusAreasContainingAsync(wijk is { } w ? [area, w] : [area], ct))
            .Where(f => string.IsNullOrWhiteSpace(programmeSlug) || string.Equals(f.ProgrammeSlug, programmeSlug.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var members = found.Where(f => f.FocusArea.Members.Contains(area)).ToList();
        if (members.Count > 0 || wijk is not { } parent)
        {
            return members;
        }

        // A buurt inside a focus area's wijk: the code says which wijk, the register must know the buurt.
        var inWijk = found.Where(f => f.FocusArea.Members.Contains(parent)).ToList();
        return inWijk.Count > 0 && await register.Areas.AnyAsync(a => a.Code == area, ct) ? inWijk : [];
    }

    /// <summary>What the domain checks a story against.</summary>
    public static ProgrammeScope Scope(ProgrammeDetails programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeScope(programme.Id, programme.Name, [.. programme.FocusAreas.Select(f => f.Slug)], [.. programme.Pillars.Select(p => p.Number)]);
    }
}
