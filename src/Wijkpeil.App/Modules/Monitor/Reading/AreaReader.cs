using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// Reads the register's areas a monitor page shows (through <see cref="IAreaRegister"/>), each page carrying the cache
/// tags of the areas it read, and turns them into the references pages link to.
/// </summary>
public sealed class AreaReader(IAreaRegister register, PageCacheTags pageTags)
{
    // NL > provincie > gemeente > wijk > buurt: four steps at most; the bound guards against a cycle in bad data.
    private const int MaxAncestors = 4;

    /// <summary>The country, the reference of last resort.</summary>
    internal static readonly AreaCode Netherlands = AreaCode.From("NL00");

    /// <summary>The register rows for these codes (codes the register lacks are simply absent).</summary>
    internal async Task<Dictionary<AreaCode, AreaRow>> AreasAsync(IEnumerable<AreaCode> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var rows = await register.Areas.Where(a => list.Contains(a.Code)).ToListAsync(ct);
        pageTags.Add(rows.Select(a => CacheTags.Area(a.Code.Value)));
        return rows.ToDictionary(a => a.Code);
    }

    /// <summary>
    /// The register rows for these codes with, in the same command, the buurten of those in <paramref name="summed"/>
    /// that are wijken or gemeenten (a gemeente's with its wijken): their register counts they have no figure of are
    /// summed from their buurten (<see cref="BuurtSums"/>).
    /// </summary>
    internal async Task<(Dictionary<AreaCode, AreaRow> Areas, BuurtSums Buurten)> AreasWithBuurtenAsync(IEnumerable<AreaCode> codes, IEnumerable<AreaCode> summed, CancellationToken ct)
    {
        var sums = summed.Distinct().ToList();
        var list = codes.Concat(sums).Distinct().ToList();
        if (list.Count == 0)
        {
            return ([], BuurtSums.None);
        }

        var wijken = sums.Where(c => c.Level == AreaLevel.District).Select(c => (AreaCode?)c).ToList();
        var gemeenten = sums.Where(c => c.Level == AreaLevel.Municipality).Select(c => (AreaCode?)c).ToList();
        var areas = register.Areas;
        var wijkenOfGemeenten = areas.Where(w => w.Level == AreaLevel.District && gemeenten.Contains(w.ParentCode)).Select(w => (AreaCode?)w.Code);
        var rows = await areas
            .Where(a => list.Contains(a.Code)
                || (a.Level == AreaLevel.Neighbourhood && (wijken.Contains(a.ParentCode) || wijkenOfGemeenten.Contains(a.ParentCode)))
                || (a.Level == AreaLevel.District && gemeenten.Contains(a.ParentCode)))
            .ToDictionaryAsync(a => a.Code, ct);
        pageTags.Add(rows.Keys.Where(list.Contains).Select(c => CacheTags.Area(c.Value)));
        return (rows, BuurtSums.Of(rows, sums));
    }

    /// <summary>
    /// The area and its ancestors, from the country down to the parent, in one read: the codes the area's own code names
    /// (buurt to wijk to gemeente, and NL00) and the register parents of those. Follows the register's parent, or the
    /// parent the code itself names where the register has none; stops where the register lacks the area. Should the
    /// register's parents lead outside what was read, the rest of the way is read one area at a time. The area's children
    /// (by register parent, in code order) come with the same read, and so do the wijken and buurten of its gemeente:
    /// the area's and the gemeente's register counts they have no figure of are summed from their buurten.
    /// </summary>
    internal async Task<(AreaRow Area, List<AreaRow> Ancestors, List<AreaRow> Children, BuurtSums Buurten)?> AreaWithAncestorsAsync(AreaCode code, CancellationToken ct)
    {
        var candidates = new List<AreaCode> { code, Netherlands };
        for (var derived = code.DerivedParent; derived is { } parent && candidates.Count < MaxAncestors + 2; derived = parent.DerivedParent)
        {
            candidates.Add(parent);
        }

        var areas = register.Areas;
        var parents = areas.Where(x => candidates.Contains(x.Code)).Select(x => x.ParentCode);
        AreaCode? self = code;
        var gemeente = candidates.Where(c => c.Level == AreaLevel.Municipality).Select(c => (AreaCode?)c).FirstOrDefault();
        var wijkenOfGemeente = areas.Where(w => w.Level == AreaLevel.District && w.ParentCode == gemeente).Select(w => (AreaCode?)w.Code);

        // The children, and the gemeente's wijken and buurten, come with the same command: sums of buurten need them.
        var read = await areas
            .Where(a => candidates.Contains(a.Code) || parents.Contains((AreaCode?)a.Code) || a.ParentCode == self
                || (gemeente != null && ((a.Level == AreaLevel.District && a.ParentCode == gemeente) || (a.Level == AreaLevel.Neighbourhood && wijkenOfGemeente.Contains(a.ParentCode)))))
            .ToDictionaryAsync(a => a.Code, ct);
        pageTags.Add(CacheTags.Area(code.Value));
        if (!read.TryGetValue(code, out var area))
        {
            return null;
        }

        var ancestors = new List<AreaRow>();
        var parentCode = area.ParentCode ?? area.Code.DerivedParent;
        while (parentCode is { } next && ancestors.Count < MaxAncestors)
        {
            var parent = read.TryGetValue(next, out var known) ? known : await AreaAsync(next, ct);
            if (parent is null)
            {
                break;
            }

            pageTags.Add(CacheTags.Area(parent.Code.Value));
            ancestors.Add(parent);
            parentCode = parent.ParentCode ?? parent.Code.DerivedParent;
        }

        ancestors.Reverse();
        var summed = ancestors.Where(a => a.Level == AreaLevel.Municipality).Select(a => a.Code).Append(code);
        return (area, ancestors, [.. read.Values.Where(a => a.ParentCode == code).OrderBy(a => a.Code.Value, StringComparer.Ordinal)], BuurtSums.Of(read, summed));
    }

    /// <summary>A focus area as pages link to it, with the names of its gemeente and members from <paramref name="areas"/>.</summary>
    internal static FocusAreaRef FocusAreaRefOf(FocusAreaDetails focusArea, Dictionary<AreaCode, AreaRow> areas) =>
        new(focusArea.Slug, focusArea.Name, RefOf(focusArea.Municipality, areas), [.. focusArea.Members.Select(m => RefOf(m, areas))]);

    /// <summary>The codes <see cref="FocusAreaRefOf"/> needs from the register.</summary>
    internal static IEnumerable<AreaCode> CodesOf(IEnumerable<FocusAreaDetails> focusAreas) =>
        focusAreas.SelectMany(f => f.Members.Append(f.Municipality));

    /// <summary>The focus area's members that the register holds.</summary>
    internal static List<AreaRow> MemberRows(FocusAreaDetails focusArea, Dictionary<AreaCode, AreaRow> areas) =>
        [.. focusArea.Members.Where(areas.ContainsKey).Select(m => areas[m])];

    /// <summary>An area's references: its gemeente, provincie and the country, nearest first, never the area itself.</summary>
    internal static List<AreaRow> ReferencesOf(AreaRow area, IReadOnlyList<AreaRow> ancestors) =>
    [
        .. ancestors
            .Where(a => (a.Level is AreaLevel.Municipality or AreaLevel.Province or AreaLevel.Country) && a.Code != area.Code)
            .OrderByDescending(a => a.Level),
    ];

    internal static AreaRef RefOf(AreaRow area) => new(area.Code.Value, area.Name, area.Level);

    /// <summary>The register's name, or the bare code for a focus area member the register does not (yet) hold.</summary>
    internal static AreaRef RefOf(AreaCode code, Dictionary<AreaCode, AreaRow> areas) =>
        areas.TryGetValue(code, out var area) ? RefOf(area) : new AreaRef(code.Value, code.Value, code.Level);

    internal static AreaCode? ParseCode(string? text) => AreaCodes.Parse(text);

    /// <summary>One area of the register; the page showing it carries its tag (<see cref="CacheTags.Area"/>) also when it is missing.</summary>
    private async Task<AreaRow?> AreaAsync(AreaCode code, CancellationToken ct)
    {
        pageTags.Add(CacheTags.Area(code.Value));
        return await register.Areas.Where(a => a.Code == code).SingleOrDefaultAsync(ct);
    }
}
