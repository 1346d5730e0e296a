using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;

namespace Wijkpeil.App.Modules.Events.ManageEvents;

/// <summary>The one place the event pages turn refusals into a status and messages at the fields.</summary>
internal static class EventRefusals
{
    /// <summary>Sets the response's status (403, 404, 409, else 422) and returns the messages, each at its field (<paramref name="fieldIds"/>, else the event form's) or else at the form.</summary>
    public static FormErrors Show(HttpContext context, IReadOnlyList<Problem> problems, string formId, IReadOnlyDictionary<string, string>? fieldIds = null)
    {
        context.Response.StatusCode =
            problems.Any(p => p.Kind == ProblemKind.Forbidden) ? StatusCodes.Status403Forbidden
            : problems.Any(p => p.Kind == ProblemKind.NotFound) ? StatusCodes.Status404NotFound
            : problems.Any(p => p.Kind == ProblemKind.Conflict) ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;
        return ProblemForms.ToFormErrors(problems, fieldIds ?? EventInput.FieldIds, formId);
    }
}
