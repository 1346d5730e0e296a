using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas;

/// <summary>Reads the area register for the API, the CLI and the public pages.</summary>
public sealed class AreaQueries(WijkpeilDbContext db, IAreaFocusAreas focusAreas, IAreaFigures figures)
{
    // NL > provincie > gemeente > wijk > buurt: four steps at most; the bound guards against a cycle in bad data.
    private const int MaxAncestors = 4;

    /// <summary>A CBS code as people type it, made comparable (<see cref="AreaCodes.Normalise"/>).</summary>
    public static string Normalise(string? code) => AreaCodes.Normalise(code);

    /// <summary>The area with this CBS code (case-insensitive), or null when the code is malformed or not in the register.</summary>
    public async Task<AreaDetails?> GetAsync(string code, CancellationToken ct)
    {
        if (!AreaCode.TryParse(Normalise(code), out var areaCode))
        {
            return null;
        }

        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == areaCode, ct);
        if (area is null)
        {
            return null;
        }

        var ancestors = await AncestorsAsync(area, ct);
        var children = await db.Areas.AsNoTracking()
            .Where(a => a.ParentCode == areaCode)
            .GroupBy(a => a.Level)
            .Select(g => new { Level = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var hasBoundary = await db.AreaBoundaries.AnyAsync(b => b.AreaId == area.Id, ct);
        var published = await figures.CountPublishedAsync(area.Id, ct);
        var focusAreas = await FocusAreasAsync(area.Code, ancestors, ct);

        return new AreaDetails(
            area.Code.Value,
            area.Name,
            area.Level,
            AreaLevelNames.Dutch(area.Level),
            ancestors.Count > 0 && ancestors[^1].Code == area.ParentCode?.Value ? ancestors[^1] : null,
            ancestors,
            area.LayoutYears,
            [.. children.OrderBy(c => c.Level).Select(c => new AreaChildCount(c.Level, AreaLevelNames.Dutch(c.Level), c.Count))],
            hasBoundary,
            focusAreas,
            published);
    }

    /// <summary>From the country down to the parent; stops where the register lacks a parent.</summary>
    private async Task<List<AreaReference>> AncestorsAsync(Area area, CancellationToken ct)
    {
        var ancestors = new List<AreaReference>();
        var parentCode = area.ParentCode;
        while (parentCode is { } code && ancestors.Count < MaxAncestors)
        {
            var parent = await db.Areas.AsNoTracking()
                .Where(a => a.Code == code)
                .Select(a => new { a.Name, a.Level, a.ParentCode })
                .SingleOrDefaultAsync(ct);
            if (parent is null)
            {
                break;
            }

            ancestors.Add(new AreaReference(code.Value, parent.Name, parent.Level));
            parentCode = parent.ParentCode;
        }

        ancestors.Reverse();
        return ancestors;
    }

    private async Task<List<AreaFocusArea>> FocusAreasAsync(AreaCode code, List<AreaReference> ancestors, CancellationToken ct)
    {
        // The area is a member, or lies in one (a buurt of a member wijk): the focus areas of every programme.
        var found = await focusAreas.ContainingAsync(code, [.. ancestors.Select(a => AreaCode.From(a.Code))], ct);
        return [.. found.OrderBy(f => f.ProgrammeCode, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }
}
