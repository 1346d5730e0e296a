using Wijkpeil.App.Modules.Monitor;
using Wijkpeil.App.Modules.Monitor.ShowIndicatorProfile;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Tests.Modules.Monitor;

/// <summary>
/// Which rows of a long ranking the indicator page shows whole for the programmes' focus areas, without a database: a
/// member, a buurt of a member wijk, or a focus area's gemeente in a ranking of gemeenten; each row once per focus area,
/// in the focus areas' order and then the ranking's.
/// </summary>
public sealed class ProgrammeAreaPlacesTests
{
    private static readonly ProgrammeFocusArea Overvecht = FocusArea("Vitale Wijken", "Overvecht", "GM0344", "WK034403", "BU03440311");
    private static readonly ProgrammeFocusArea Batau = FocusArea("Vitale Wijken", "Batau", "GM0356", "WK035603", "WK035604");
    private static readonly ProgrammeFocusArea Noord = FocusArea("Wijkaanpak Utrecht", "Utrecht-Noord", "GM0344", "WK034403", "WK034406");

    [Fact]
    public void Find_BuurtenRanking_TheBuurtenOfMemberWijkenAndMemberBuurtenOnceEach()
    {
        // BU03440311 is a member of Overvecht and lies in its member wijk: listed once for Overvecht.
        var ranking = Ranking(
            ("BU03440311", AreaLevel.Neighbourhood), ("BU03560301", AreaLevel.Neighbourhood), ("BU03440601", AreaLevel.Neighbourhood),
            ("BU03440300", AreaLevel.Neighbourhood), ("BU03630000", AreaLevel.Neighbourhood));
        var parents = Parents(("BU03440311", "WK034403"), ("BU03560301", "WK035603"), ("BU03440601", "WK034406"), ("BU03440300", "WK034403"), ("BU03630000", "WK036300"));

        var places = ProgrammeAreaPlaces.Find([Batau, Overvecht, Noord], ranking, parents);

        Assert.Equal(
            ["Batau: BU03560301", "Overvecht: BU03440311", "Overvecht: BU03440300", "Utrecht-Noord: BU03440311", "Utrecht-Noord: BU03440601", "Utrecht-Noord: BU03440300"],
            places.Select(p => $"{p.FocusAreaName}: {p.Place.Area.Code}"));
        Assert.All(places.Take(3), p => Assert.Equal("Vitale Wijken", p.ProgrammeName));
    }

    [Fact]
    public void Find_GemeentenRanking_TheFocusAreasGemeente_AndNothingWithoutFocusAreas()
    {
        var ranking = Ranking(("GM0344", AreaLevel.Municipality), ("GM0356", AreaLevel.Municipality), ("GM0307", AreaLevel.Municipality));
        var parents = Parents(("GM0344", "PV26"), ("GM0356", "PV26"), ("GM0307", "PV26"));

        Assert.Equal(
            ["Overvecht: GM0344", "Batau: GM0356", "Utrecht-Noord: GM0344"],
            ProgrammeAreaPlaces.Find([Overvecht, Batau, Noord], ranking, parents).Select(p => $"{p.FocusAreaName}: {p.Place.Area.Code}"));
        Assert.Empty(ProgrammeAreaPlaces.Find([], ranking, parents));
    }

    private static ProgrammeFocusArea FocusArea(string programme, string name, string gemeente, params string[] members) =>
        new(1, programme.ToLowerInvariant().Replace(' ', '-'), programme, new FocusAreaDetails(name.ToLowerInvariant(), name, AreaCode.From(gemeente), [.. members.Select(AreaCode.From)]));

    private static List<RankedArea> Ranking(params (string Code, AreaLevel Level)[] areas) =>
        [.. areas.Select((a, i) => new RankedArea(i + 1, new AreaRef(a.Code, a.Code, a.Level), new Figure("2023", 2023, "2023", i, null, null, null, null, "CBS")))];

    private static Dictionary<string, AreaCode?> Parents(params (string Code, string Parent)[] areas) =>
        areas.ToDictionary(a => a.Code, a => (AreaCode?)AreaCode.From(a.Parent), StringComparer.Ordinal);
}
