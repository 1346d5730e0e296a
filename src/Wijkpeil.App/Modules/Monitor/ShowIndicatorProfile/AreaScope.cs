using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;

/// <summary>Which register areas an indicator page shows: those of a level within an area, as a SQL predicate.</summary>
internal static class AreaScope
{
    /// <summary>
    /// The areas of <paramref name="level"/> in <paramref name="within"/>, as a SQL predicate on the register's parent
    /// codes (a buurt's parent is its wijk, a wijk's its gemeente, a gemeente's its provincie), so that no request reads
    /// every area of a level to filter it here. Only the country as a whole selects by level alone.
    /// </summary>
    public static IQueryable<AreaRow> Within(IQueryable<AreaRow> areas, AreaLevel level, AreaRow within)
    {
        var ofLevel = areas.Where(a => a.Level == level);
        AreaCode? parent = within.Code;
        if (within.Level == AreaLevel.Country)
        {
            return ofLevel;
        }

        if (within.Level == AreaLevel.Province && level != AreaLevel.Municipality)
        {
            var gemeenten = areas.Where(g => g.Level == AreaLevel.Municipality && g.ParentCode == parent).Select(g => (AreaCode?)g.Code);
            if (level == AreaLevel.District)
            {
                return ofLevel.Where(a => gemeenten.Contains(a.ParentCode));
            }

            var wijken = areas.Where(w => w.Level == AreaLevel.District && gemeenten.Contains(w.ParentCode)).Select(w => (AreaCode?)w.Code);
            return ofLevel.Where(a => wijken.Contains(a.ParentCode));
        }

        if (within.Level == AreaLevel.Municipality && level == AreaLevel.Neighbourhood)
        {
            var wijken = areas.Where(w => w.Level == AreaLevel.District && w.ParentCode == parent).Select(w => (AreaCode?)w.Code);
            return ofLevel.Where(a => wijken.Contains(a.ParentCode));
        }

        // One level down: a provincie's gemeenten, a gemeente's wijken, a wijk's buurten.
        return ofLevel.Where(a => a.ParentCode == parent);
    }
}
