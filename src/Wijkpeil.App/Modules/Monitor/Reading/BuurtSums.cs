using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Monitor.Reading;

/// <summary>
/// The buurten a page sums register counts from (issue 11, point 4: crimes are counted per buurt only), by the id of
/// the wijk or gemeente they lie in: a wijk's own buurten, a gemeente's buurten through its wijken. The page reads the
/// figures of <see cref="AreaIds"/> for the indicators that sum (<see cref="IndicatorInfo.SumsOverAreas"/>). Only the
/// buurten of the newest layout among an area's buurten are summed (<see cref="CurrentLayout"/>).
/// </summary>
internal sealed class BuurtSums
{
    public static readonly BuurtSums None = new([]);

    private readonly Dictionary<int, IReadOnlyList<DerivationMember>> _byArea;

    private BuurtSums(Dictionary<int, IReadOnlyList<DerivationMember>> byArea)
    {
        _byArea = byArea;
        AreaIds = [.. byArea.Values.SelectMany(b => b).Select(b => b.AreaId).Distinct()];
    }

    /// <summary>Every buurt's id, once.</summary>
    public List<int> AreaIds { get; }

    /// <summary>The buurten of the area, in code order; empty for an area without buurten read.</summary>
    public IReadOnlyList<DerivationMember> Of(int areaId) => _byArea.TryGetValue(areaId, out var buurten) ? buurten : [];

    /// <summary>
    /// The buurten among <paramref name="areas"/> of each wijk or gemeente of <paramref name="summed"/> that
    /// <paramref name="areas"/> holds, by the register's parents (a gemeente's through the wijken read with them).
    /// </summary>
    public static BuurtSums Of(IReadOnlyDictionary<AreaCode, AreaRow> areas, IEnumerable<AreaCode> summed)
    {
        var buurten = areas.Values.Where(a => a.Level == AreaLevel.Neighbourhood && a.ParentCode is not null).ToLookup(a => a.ParentCode!.Value);
        var wijken = areas.Values.Where(a => a.Level == AreaLevel.District && a.ParentCode is not null).ToLookup(a => a.ParentCode!.Value);
        var byArea = new Dictionary<int, IReadOnlyList<DerivationMember>>();
        foreach (var code in summed.Distinct())
        {
            if (!areas.TryGetValue(code, out var area))
            {
                continue;
            }

            var parts = area.Level switch
            {
                AreaLevel.District => buurten[code],
                AreaLevel.Municipality => wijken[code].SelectMany(w => buurten[w.Code]),
                _ => [],
            };
            List<DerivationMember> members = [.. CurrentLayout.Of(parts.ToList(), b => b.LayoutYears).OrderBy(b => b.Code.Value, StringComparer.Ordinal).Select(b => new DerivationMember(b.Id, b.Name))];
            if (members.Count > 0)
            {
                byArea[area.Id] = members;
            }
        }

        return new BuurtSums(byArea);
    }
}
