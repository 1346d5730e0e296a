using Wijkpeil.Domain.ResearchPlans;
using Wijkpeil.Domain.Tests.MeetingPlaces;

namespace Wijkpeil.Domain.Tests.ResearchPlans;

public sealed class VitaleWijkenResearchPlansTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, VitaleWijkenResearchPlans.Plans.Count)];

    private static ResearchPlan Seeded(string focusArea) =>
        ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, VitaleWijkenResearchPlans.Plans.Single(p => p.FocusAreaCode == focusArea)).Value;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EachSeed_PassesThePlansRules_WithTheLetterAsSourceAndNoPlanning(int index)
    {
        var plan = ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, VitaleWijkenResearchPlans.Plans[index]).Value;

        Assert.Equal("Voortgangsbericht Vitale Wijken 2024", plan.Source);
        Assert.Null(plan.Planning);
        Assert.NotEmpty(plan.ResearchQuestions);
    }

    [Fact]
    public void Seeds_OnePlanPerFocusArea() =>
        Assert.Equal(["batau", "overvecht", "soesterkwartier", "vollenhove"], VitaleWijkenResearchPlans.Plans.Select(p => p.FocusAreaCode).Order());

    [Fact]
    public void Vollenhove_IsAnEvaluationWithHogeschoolUtrechtAboutChildrenAged3To12()
    {
        var plan = Seeded("vollenhove");

        Assert.Equal([ResearchMethod.Evaluation], plan.Methods);
        Assert.Equal(["Hogeschool Utrecht"], plan.Partners);
        Assert.Contains(plan.ResearchQuestions, q => q.Contains("Voor L-kaar in de L-flat", StringComparison.Ordinal));
        Assert.Contains(plan.ResearchQuestions, q => q.Contains("3 tot 12 jaar", StringComparison.Ordinal) && q.Contains("Vollenhove Vooruit", StringComparison.Ordinal));
    }

    [Fact]
    public void Soesterkwartier_UsesKeyFiguresAndFocusGroups()
    {
        var plan = Seeded("soesterkwartier");

        Assert.Equal([ResearchMethod.FocusGroups, ResearchMethod.KeyFigureConversations], plan.Methods);
        Assert.Equal(["Sleutelfiguren", "Actieve bewoners", "Professionals"], plan.TargetGroups);
    }

    [Theory]
    [InlineData("overvecht")]
    [InlineData("batau")]
    public void PlansWhoseMethodTheLetterDoesNotName_HaveNone(string focusArea) =>
        Assert.Empty(Seeded(focusArea).Methods);

    [Fact]
    public void Batau_CoversTheMuntpleinHousingInvolvementAndSafety() =>
        Assert.Equal(
            ["Beleving en gebruik van het Muntplein", "Woonbeleving", "Betrokkenheid bij elkaar en bij activiteiten", "Veiligheid en overlast"],
            Seeded("batau").ResearchQuestions);
}
