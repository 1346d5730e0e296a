using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;
using Wijkpeil.App.Modules.Subsidies.ScreenApplications;

namespace Wijkpeil.App.Modules.Subsidies.AfterGrant;

/// <summary>
/// What the money forms on the dossier share: the dossier they act on (null when the user may not see it: the page is
/// then 403 and the form is rendered bare, so a refused POST still finds its form instead of the framework's 400),
/// the refusal's status and field messages, and the way back to the dossier after a recorded step.
/// </summary>
public abstract class MoneyForm : ComponentBase
{
    [Parameter, EditorRequired]
    public Dossier? Dossier { get; set; }

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    protected FormErrors Errors { get; private set; } = new();

    /// <summary>The form is shown with its fields when its step is possible now; on any POST it is at least rendered bare.</summary>
    protected bool IsPost => HttpMethods.IsPost(HttpContext.Request.Method);

    /// <summary>The HTML id of the form as a whole, where messages without a field of their own go.</summary>
    protected abstract string FormId { get; }

    /// <summary>Request field → HTML id in this form.</summary>
    protected abstract IReadOnlyDictionary<string, string> FieldIds { get; }

    protected void Done(string notice) => Navigation.NavigateTo($"/beheer/subsidies/aanvragen/{Dossier!.Application.Id}?geld={notice}");

    protected void Refuse(IReadOnlyList<Problem> problems)
    {
        HttpContext.Response.StatusCode = problems.Any(p => p.Kind == ProblemKind.Forbidden) ? StatusCodes.Status403Forbidden
            : problems.Any(p => p.Kind == ProblemKind.NotFound) ? StatusCodes.Status404NotFound
            : problems.Any(p => p.Kind == ProblemKind.Conflict) ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;
        Errors = ProblemForms.ToFormErrors(problems, FieldIds, FormId);
    }
}
