using Wijkpeil.Domain.Opportunities;
using static Wijkpeil.Domain.Tests.Opportunities.OpportunityTests;

namespace Wijkpeil.Domain.Tests.Opportunities;

public sealed class LetterOpportunitiesTests
{
    private static readonly Dictionary<string, int> Ids = LetterOpportunities.Programmes.Select((p, i) => KeyValuePair.Create(p.Name!, 100 + i)).ToDictionary();

    private static IReadOnlyList<Opportunity> Built => LetterOpportunities.Build(VitaleWijken, Ids, Now, "seed");

    [Fact]
    public void Programmes_AllValidAndNamedOnce()
    {
        Assert.All(LetterOpportunities.Programmes, p => Assert.True(RelatedProgramme.Create(p).IsSuccess, p.Name));
        Assert.Equal(LetterOpportunities.Programmes.Count, Ids.Count);
        Assert.All(LetterOpportunities.Programmes, p => Assert.Null(p.Contact));
    }

    [Fact]
    public void Build_TheLettersFourExamples_WithTheLetterAsSourceAndNothingInvented()
    {
        Assert.Equal(4, Built.Count);
        Assert.All(Built, o =>
        {
            Assert.Equal(LetterOpportunities.Source, o.Source);
            Assert.Null(o.Amount);
            Assert.Null(o.WindowFrom);
            Assert.Null(o.WindowTo);
            Assert.Null(o.Owner);
            Assert.Empty(o.FocusAreaCodes);
            Assert.Empty(o.ProjectIds);
        });
    }

    [Fact]
    public void Build_StatusesAsTheLettersWordingSupports() =>
        Assert.Equal(
            [OpportunityStatus.Afgesproken, OpportunityStatus.Afgesproken, OpportunityStatus.Gerealiseerd, OpportunityStatus.Afgesproken],
            Built.Select(o => o.Status));

    [Fact]
    public void Build_VolkshuisvestingsfondsSupport_ComesFromEnergietransitieAndVersnellingWoningbouw()
    {
        var support = Built.Single(o => o.Title.Contains("Volkshuisvestingsfonds", StringComparison.Ordinal));

        Assert.Equal([Ids[LetterOpportunities.EnergyTransition], Ids[LetterOpportunities.FasterHousebuilding]], support.RelatedProgrammeIds);
    }

    [Fact]
    public void Themes_PickTheAgendaItemsTheLetterLinks()
    {
        var basicSkills = LetterOpportunities.Programmes.Single(p => p.Name == LetterOpportunities.BasicSkills);

        var matches = ThemeMatch.ItemsTouching([.. basicSkills.Themes], [new AgendaItemText(1, "Taalcafé", "Outreachende aanpak tegen laaggeletterdheid"), new AgendaItemText(2, "Groen", null)]);

        Assert.Equal([1], matches.Select(m => m.ProjectId));
    }
}
