using Wijkpeil.Domain.Opportunities;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class ThemeMatchTests
{
    private static readonly AgendaItemText[] Agenda =
    [
        new(1, "Taalhuis Overvecht", "Aanpak *laaggeletterdheid* met de bibliotheek."),
        new(2, "Buurthuis Batau", "Ontmoeting voor tienermeiden."),
        new(3, "Verduurzaming VVE's Vollenhove", null),
        new(4, "Jongerenwerk", "Straatcoaches in de avond."),
    ];

    [Fact]
    public void ItemsTouching_ThemeInTheDescription_Found() =>
        Assert.Equal([1], ThemeMatch.ItemsTouching(["Laaggeletterdheid"], Agenda).Select(m => m.ProjectId));

    [Fact]
    public void ItemsTouching_CompoundWrittenApart_FindsItWrittenTogether() =>
        Assert.Equal([2], ThemeMatch.ItemsTouching(["buurt huis"], Agenda).Select(m => m.ProjectId));

    [Fact]
    public void ItemsTouching_ThemeInsideACompound_Found() =>
        Assert.Equal([2], ThemeMatch.ItemsTouching(["meiden"], Agenda).Select(m => m.ProjectId));

    [Fact]
    public void ItemsTouching_CaseAndApostrophe_Ignored() =>
        Assert.Equal([3], ThemeMatch.ItemsTouching(["vve"], Agenda).Select(m => m.ProjectId));

    [Fact]
    public void ItemsTouching_Accents_Ignored() =>
        Assert.Equal([1], ThemeMatch.ItemsTouching(["bibliothéék"], Agenda).Select(m => m.ProjectId));

    [Fact]
    public void ItemsTouching_SeveralThemes_NamesEachTouchedOneInItemOrder()
    {
        var matches = ThemeMatch.ItemsTouching(["verduurzaming", "Overvecht", "Vollenhove"], Agenda);

        Assert.Equal([1, 3], matches.Select(m => m.ProjectId));
        Assert.Equal(["verduurzaming", "Vollenhove"], matches[1].Themes);
    }

    [Fact]
    public void ItemsTouching_TitleAndDescriptionNotJoined_NoMatchAcrossThem() =>
        Assert.Empty(ThemeMatch.ItemsTouching(["werkstraat"], Agenda));

    [Fact]
    public void ItemsTouching_NothingTouched_Empty() =>
        Assert.Empty(ThemeMatch.ItemsTouching(["woningbouw"], Agenda));
}
