using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Modules.ResearchPlans.ManagePlans;

/// <summary>
/// The research-plan form as typed: the focus area as one <c>programme/focusarea</c> choice, the lists one item per
/// line, the methods as checkboxes and the status as a radio button. The domain checks every value.
/// </summary>
public sealed class ResearchPlanInput
{
    public string? FocusArea { get; set; }

    public string? Focus { get; set; }

    /// <summary>One question per line.</summary>
    public string? ResearchQuestions { get; set; }

    /// <summary>Checked methods by name (a checkbox posts <c>Input.Methods[Survey]=true</c>).</summary>
    public Dictionary<string, bool>? Methods { get; set; }

    /// <summary>One target group per line.</summary>
    public string? TargetGroups { get; set; }

    /// <summary>One partner per line.</summary>
    public string? Partners { get; set; }

    public string? Planning { get; set; }

    public string? Status { get; set; } = nameof(ResearchPlanStatus.Planned);

    public string? Source { get; set; }

    /// <summary>Request field (the domain's and this form's) → HTML id.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds { get; } = new[]
    {
        "focusArea", "focus", "researchQuestions", "methods", "targetGroups", "partners", "planning", "status", "source",
    }.ToDictionary(f => f, Id, StringComparer.Ordinal);

    /// <summary>The HTML id of a field of the form.</summary>
    public static string Id(string field) => "onderzoeksplan-" + field;

    /// <summary>The value of the focus-area choice for a programme's focus area.</summary>
    public static string FocusAreaValue(string programmeSlug, string focusAreaSlug) => programmeSlug + "/" + focusAreaSlug;

    /// <summary>The programme's slug of the chosen focus area, or null when none was chosen.</summary>
    public string? ProgrammeSlug => FocusArea?.Split('/', 2) is [var programme, _] ? programme : null;

    /// <summary>Whether <paramref name="method"/> is checked.</summary>
    public bool HasMethod(ResearchMethod method) => Methods?.GetValueOrDefault(method.ToString()) == true;

    /// <summary>The form filled with a stored plan.</summary>
    public static ResearchPlanInput From(ResearchPlan plan, string programmeSlug)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ResearchPlanInput
        {
            FocusArea = FocusAreaValue(programmeSlug, plan.FocusAreaCode),
            Focus = plan.Focus,
            ResearchQuestions = string.Join('\n', plan.ResearchQuestions),
            Methods = plan.Methods.ToDictionary(m => m.ToString(), _ => true),
            TargetGroups = string.Join('\n', plan.TargetGroups),
            Partners = string.Join('\n', plan.Partners),
            Planning = plan.Planning,
            Status = plan.Status.ToString(),
            Source = plan.Source,
        };
    }

    /// <summary>
    /// The details as the domain reads them. A method or status that is not one of the names is passed on as an
    /// undefined value, so the domain refuses it at its field.
    /// </summary>
    public ResearchPlanDetails ToDetails() => new(
        FocusArea?.Split('/', 2) is [_, var slug] ? slug : FocusArea,
        Focus,
        Lines(ResearchQuestions),
        [.. (Methods ?? []).Where(m => m.Value).Select(m => Enum.TryParse<ResearchMethod>(m.Key, out var method) && !int.TryParse(m.Key, out _) ? method : 0)],
        Lines(TargetGroups),
        Lines(Partners),
        Planning,
        Enum.TryParse<ResearchPlanStatus>(Status, out var status) && !int.TryParse(Status, out _) ? status : 0,
        Source);

    private static List<string> Lines(string? text) => [.. (text ?? string.Empty).Split('\n')];
}
