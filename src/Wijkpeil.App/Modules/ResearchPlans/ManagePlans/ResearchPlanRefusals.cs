using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;

namespace Wijkpeil.App.Modules.ResearchPlans.ManagePlans;

/// <summary>The one place the manage pages turn refusals into a status and messages at the fields.</summary>
internal static class ResearchPlanRefusals
{
    /// <summary>Sets the response's status (403, 404, 409, else 422) and returns the messages, each at its field or else at the form.</summary>
    public static FormErrors Show(HttpContext context, IReadOnlyList<Problem> problems, string formId)
    {
        context.Response.StatusCode =
            problems.Any(p => p.Kind == ProblemKind.Forbidden) ? StatusCodes.Status403Forbidden
            : problems.Any(p => p.Kind == ProblemKind.NotFound) ? StatusCodes.Status404NotFound
            : problems.Any(p => p.Kind == ProblemKind.Conflict) ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;
        return ProblemForms.ToFormErrors(problems, ResearchPlanInput.FieldIds, formId);
    }
}
