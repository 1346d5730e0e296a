using Wijkpeil.Domain.ResearchPlans;
using Wijkpeil.Domain.Tests.MeetingPlaces;

namespace Wijkpeil.Domain.Tests.ResearchPlans;

public sealed class ResearchPlanTests
{
    private static ResearchPlanDetails Details() => new(
        "vollenhove",
        "  Tweede evaluatie van team Voor L-kaar. ",
        [" Hoe werkt de netwerksamenwerking? ", "", "hoe werkt de netwerksamenwerking?", "Wat is het imago van de wijk?"],
        [ResearchMethod.Interviews, ResearchMethod.Evaluation, ResearchMethod.Interviews],
        ["Kinderen van 3 tot 12 jaar"],
        ["Hogeschool Utrecht", " "],
        "Veldwerk in het voorjaar,\nrapport na de zomer.",
        ResearchPlanStatus.Planned,
        "Onderzoeksvoorstel gemeente Zeist");

    private static ResearchPlan Create(ResearchPlanDetails details) => ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, details).Value;

    [Fact]
    public void Create_ValidDetails_TrimsListsDropsBlanksAndRepeats()
    {
        var plan = Create(Details());

        Assert.Equal(7, plan.ProgrammeId);
        Assert.Equal("vollenhove", plan.FocusAreaCode);
        Assert.Equal("Tweede evaluatie van team Voor L-kaar.", plan.Focus);
        Assert.Equal(["Hoe werkt de netwerksamenwerking?", "Wat is het imago van de wijk?"], plan.ResearchQuestions);
        Assert.Equal([ResearchMethod.Interviews, ResearchMethod.Evaluation], plan.Methods);
        Assert.Equal(["Hogeschool Utrecht"], plan.Partners);
        Assert.Equal("Veldwerk in het voorjaar,\nrapport na de zomer.", plan.Planning);
        Assert.Equal(ResearchPlanStatus.Planned, plan.Status);
    }

    [Fact]
    public void Create_NoMethodsTargetGroupsPartnersOrPlanningYet_Allowed()
    {
        var plan = Create(Details() with { Methods = [], TargetGroups = [], Partners = [], Planning = null, Source = null });

        Assert.Empty(plan.Methods);
        Assert.Null(plan.Planning);
        Assert.Null(plan.Source);
    }

    [Fact]
    public void Create_FocusAreaOutsideTheProgramme_Refused()
    {
        var error = ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, Details() with { FocusAreaCode = "kanaleneiland" }).Error;

        Assert.Equal("research_plan.focus_area.unknown", error?.Code);
        Assert.Equal("focusArea", error?.Field);
    }

    [Fact]
    public void Create_BlankFocus_Refused() =>
        Assert.Equal("research_plan.focus.required", ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, Details() with { Focus = " " }).Error?.Code);

    [Fact]
    public void Create_OnlyBlankQuestions_RefusedAtTheQuestions()
    {
        var error = ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, Details() with { ResearchQuestions = [" ", ""] }).Error;

        Assert.Equal("research_plan.questions.required", error?.Code);
        Assert.Equal("researchQuestions", error?.Field);
    }

    [Fact]
    public void Create_TooManyQuestions_Refused()
    {
        var questions = Enumerable.Range(1, ResearchPlan.MaxItems + 1).Select(i => $"Vraag {i}?").ToList();

        Assert.Equal("research_plan.questions.too_many", ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, Details() with { ResearchQuestions = questions }).Error?.Code);
    }

    [Theory]
    [InlineData("targetGroups", "research_plan.target_groups.item_too_long")]
    [InlineData("partners", "research_plan.partners.item_too_long")]
    [InlineData("researchQuestions", "research_plan.questions.item_too_long")]
    public void Create_AnItemOverTheLimit_RefusedAtItsList(string field, string code)
    {
        string[] tooLong = [new string('x', ResearchPlan.ItemMaxLength + 1)];
        var details = field switch
        {
            "targetGroups" => Details() with { TargetGroups = tooLong },
            "partners" => Details() with { Partners = tooLong },
            _ => Details() with { ResearchQuestions = tooLong },
        };

        var error = ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, details).Error;

        Assert.Equal(code, error?.Code);
        Assert.Equal(field, error?.Field);
    }

    [Fact]
    public void Create_UnknownMethod_Refused() =>
        Assert.Equal("research_plan.methods.invalid", ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, Details() with { Methods = [(ResearchMethod)99] }).Error?.Code);

    [Fact]
    public void Create_UnknownStatus_Refused() =>
        Assert.Equal("research_plan.status.invalid", ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, Details() with { Status = 0 }).Error?.Code);

    [Fact]
    public void Create_PlanningOverItsLimit_Refused() =>
        Assert.Equal("research_plan.planning.too_long", ResearchPlan.Create(MeetingPlaceTests.VitaleWijken, Details() with { Planning = new string('x', ResearchPlan.PlanningMaxLength + 1) }).Error?.Code);

    [Fact]
    public void Change_ToCompleted_KeepsTheNewDetails()
    {
        var plan = Create(Details());

        plan.Change(MeetingPlaceTests.VitaleWijken, Details() with { Status = ResearchPlanStatus.Completed, Methods = [ResearchMethod.FocusGroups] });

        Assert.Equal(ResearchPlanStatus.Completed, plan.Status);
        Assert.Equal([ResearchMethod.FocusGroups], plan.Methods);
    }

    [Fact]
    public void Change_Refused_ChangesNothing()
    {
        var plan = Create(Details());

        var changed = plan.Change(MeetingPlaceTests.VitaleWijken, Details() with { Status = ResearchPlanStatus.Running, ResearchQuestions = [] });

        Assert.Equal("research_plan.questions.required", changed.Error?.Code);
        Assert.Equal(ResearchPlanStatus.Planned, plan.Status);
        Assert.Equal(2, plan.ResearchQuestions.Count);
    }

    [Fact]
    public void Change_WithAnotherProgramme_IsABug() =>
        Assert.Throws<ArgumentException>(() => Create(Details()).Change(MeetingPlaceTests.VitaleWijken with { Id = 9 }, Details()));
}
