using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Agenda.EditProject;
using Wijkpeil.App.Modules.Agenda.Projects;

namespace Wijkpeil.App.Modules.Agenda.Pages;

/// <summary>
/// The sections of the edit page: each has its own form (FormName), its anchor, and a confirmation on the project
/// page after a successful change.
/// </summary>
public static class ProjectSections
{
    public const string Details = "project";
    public const string Status = "status";
    public const string Progress = "voortgang";
    public const string Output = "prestatie";
    public const string OutputValue = "waarde";
    public const string Indicator = "indicator";
    public const string Funding = "financiering";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Details, Status, Progress, Output, OutputValue, Indicator, Funding,
    };

    /// <summary>The project page with the confirmation of a change in <paramref name="section"/>.</summary>
    public static string SavedPath(int projectId, string section) =>
        string.Create(CultureInfo.InvariantCulture, $"/agenda/{projectId}?opgeslagen={section}");
}

/// <summary>How a form of the edit page ended when it did not redirect: refused for the user, or values refused.</summary>
/// <param name="Forbidden">The user may not change this project: the page answers 403 and shows only the refusal.</param>
/// <param name="Errors">The refused values, for the page's error summary.</param>
public sealed record ProjectFormOutcome(bool Forbidden, FormErrors? Errors);

/// <summary>
/// A form of the edit page: it posts on its own (its own FormName), checks permission on the server before
/// anything else, saves through its use case's handler, and redirects to the project page on success.
/// </summary>
public abstract class ProjectSubForm : ComponentBase
{
    [Parameter, EditorRequired]
    public ProjectEditView Project { get; set; } = default!;

    /// <summary>Told about a refusal, so the page can answer 403 or show the error summary.</summary>
    [Parameter]
    public EventCallback<ProjectFormOutcome> OnRefused { get; set; }

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<AgendaText> L { get; set; } = default!;

    protected FormErrors Errors { get; private set; } = new();

    protected ClaimsPrincipal User => HttpContext.User;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The section's id: the anchor, the prefix of its field ids and the key of its confirmation.</summary>
    protected abstract string Section { get; }

    /// <summary>The use-case field names (<see cref="Problem.Field"/>) this form has an input for.</summary>
    protected abstract IReadOnlyCollection<string> Fields { get; }

    /// <summary>The form's field map: each use-case field to the HTML id of its input (<c>{section}-{field}</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string> FieldIds => Fields.ToDictionary(f => f, f => $"{Section}-{f}", StringComparer.Ordinal);

    /// <summary>
    /// Refuses a user who may not change the project before reading any value, so a forged post gets a 403
    /// whatever it holds; the use case checks again.
    /// </summary>
    protected async Task<bool> RefuseIfForbiddenAsync()
    {
        if (Project.CanEdit)
        {
            return false;
        }

        await OnRefused.InvokeAsync(new ProjectFormOutcome(true, null));
        return true;
    }

    /// <summary>Reports values this form could not read (an unparseable number or date).</summary>
    protected Task RefuseValuesAsync() => OnRefused.InvokeAsync(new ProjectFormOutcome(false, Errors));

    /// <summary>Redirects on success, or reports the refusal at its field in the page's language.</summary>
    protected async Task HandleAsync(Outcome<ProjectSaved> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Kind)
        {
            case null:
                Navigation.NavigateTo(ProjectSections.SavedPath(outcome.Value.ProjectId, Section));
                return;
            case ProblemKind.Forbidden:
                await OnRefused.InvokeAsync(new ProjectFormOutcome(true, null));
                return;

            // The project itself is gone; a missing item of it (a removed line) is a message on the form.
            case ProblemKind.NotFound when outcome.Problems[0].Code == "project.not_found":
                Navigation.NotFound();
                return;
            default:
                Errors = ProblemForms.ToFormErrors(outcome.Problems, FieldIds, Section);
                await RefuseValuesAsync();
                return;
        }
    }

    /// <summary>Starts collecting messages for a new submission.</summary>
    protected void ClearErrors() => Errors = new FormErrors();
}
