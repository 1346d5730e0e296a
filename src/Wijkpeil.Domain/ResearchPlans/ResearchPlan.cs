using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.ResearchPlans;

/// <summary>
/// The gemeente-specific research plan of one focus area (the "lokaal maatwerk" of the monitoring programme): what it
/// looks into, how, with whom and whom it asks, so stories and lessons can say which plan they answer. One plan per
/// focus area; the module's unique index holds that, since one plan cannot see the others.
/// </summary>
public sealed class ResearchPlan
{
    public const int FocusMaxLength = 2_000;
    public const int ItemMaxLength = 500;
    public const int MaxItems = 30;
    public const int PlanningMaxLength = 4_000;
    public const int SourceMaxLength = 500;

    private ResearchPlan()
    {
        FocusAreaCode = string.Empty;
        Focus = string.Empty;
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    /// <summary>The programme's focus-area code (slug), e.g. <c>batau</c>.</summary>
    public string FocusAreaCode { get; private set; }

    /// <summary>What the plan is about, in a few sentences.</summary>
    public string Focus { get; private set; }

    /// <summary>The questions or topics it answers, in the order given.</summary>
    public List<string> ResearchQuestions { get; private set; } = [];

    public List<ResearchMethod> Methods { get; private set; } = [];

    public List<string> TargetGroups { get; private set; } = [];

    public List<string> Partners { get; private set; } = [];

    /// <summary>When what happens, as typed; null while unknown (no date is made up).</summary>
    public string? Planning { get; private set; }

    public ResearchPlanStatus Status { get; private set; }

    /// <summary>Where the plan is described, e.g. the progress letter.</summary>
    public string? Source { get; private set; }

    /// <summary>The research plan of one of <paramref name="programme"/>'s focus areas.</summary>
    public static Result<ResearchPlan> Create(ProgrammeScope programme, ResearchPlanDetails details)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var plan = new ResearchPlan { ProgrammeId = programme.Id };
        var applied = plan.Apply(programme, details);
        return applied.IsSuccess ? plan : applied.Error!;
    }

    /// <summary>Replaces the details; nothing changes when one is refused.</summary>
    public Result<ResearchPlan> Change(ProgrammeScope programme, ResearchPlanDetails details)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.Id != ProgrammeId)
        {
            throw new ArgumentException("The research plan belongs to another programme.", nameof(programme));
        }

        return Apply(programme, details);
    }

    private Result<ResearchPlan> Apply(ProgrammeScope programme, ResearchPlanDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var focusArea = details.FocusAreaCode?.Trim() ?? string.Empty;
        if (programme.RefuseFocusArea(details.FocusAreaCode, "research_plan") is { } unknownArea)
        {
            return unknownArea;
        }

        var focus = TextRules.Required(details.Focus, FocusMaxLength, "research_plan.focus", "waar het onderzoek over gaat", "focus");
        var questions = TextList.Check(details.ResearchQuestions, MaxItems, ItemMaxLength, "research_plan.questions", "onderzoeksvragen", "researchQuestions");
        var targetGroups = TextList.Check(details.TargetGroups, MaxItems, ItemMaxLength, "research_plan.target_groups", "doelgroepen", "targetGroups");
        var partners = TextList.Check(details.Partners, MaxItems, ItemMaxLength, "research_plan.partners", "partners", "partners");
        var planning = TextRules.OptionalRaw(details.Planning, PlanningMaxLength, "research_plan.planning", "de planning", "planning");
        var source = TextRules.Optional(details.Source, SourceMaxLength, "research_plan.source", "de bron", "source");
        var problem = focus.Error ?? questions.Error ?? CheckChoices(details, questions) ?? targetGroups.Error ?? partners.Error ?? planning.Error ?? source.Error;
        if (problem is not null)
        {
            return problem;
        }

        FocusAreaCode = focusArea;
        Focus = focus.Value;
        ResearchQuestions = questions.Value;
        Methods = [.. details.Methods.Distinct().Order()];
        TargetGroups = targetGroups.Value;
        Partners = partners.Value;
        Planning = planning.Value;
        Status = details.Status;
        Source = source.Value;
        return this;
    }

    private static DomainError? CheckChoices(ResearchPlanDetails details, Result<List<string>> questions)
    {
        if (questions.Value.Count == 0)
        {
            return new DomainError("research_plan.questions.required", "Noem ten minste één onderzoeksvraag.", "researchQuestions");
        }

        if (details.Methods.Any(m => !Enum.IsDefined(m)))
        {
            return new DomainError("research_plan.methods.invalid", "Kies de methoden uit de lijst: interviews, focusgroepen, enquête, observatie, evaluatie of gesprekken met sleutelfiguren.", "methods");
        }

        return Enum.IsDefined(details.Status)
            ? null
            : new DomainError("research_plan.status.invalid", "Kies de stand van het onderzoek: gepland, lopend of afgerond.", "status");
    }
}
