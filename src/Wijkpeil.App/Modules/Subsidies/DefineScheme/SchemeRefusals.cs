using Microsoft.AspNetCore.Http;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Ui.Forms;

namespace Wijkpeil.App.Modules.Subsidies.DefineScheme;

/// <summary>The one place the scheme pages turn refusals into a status and messages at the fields.</summary>
internal static class SchemeRefusals
{
    public static int StatusOf(IReadOnlyList<Problem> problems) =>
        problems.Any(p => p.Kind == ProblemKind.Forbidden) ? StatusCodes.Status403Forbidden
        : problems.Any(p => p.Kind == ProblemKind.NotFound) ? StatusCodes.Status404NotFound
        : problems.Any(p => p.Kind == ProblemKind.Conflict) ? StatusCodes.Status409Conflict
        : StatusCodes.Status422UnprocessableEntity;

    /// <summary>Sets the response's status and returns the messages, each at its field or else at the form.</summary>
    public static FormErrors Show(HttpContext context, IReadOnlyList<Problem> problems, IReadOnlyDictionary<string, string> fieldIds, string formId)
    {
        context.Response.StatusCode = StatusOf(problems);
        return ProblemForms.ToFormErrors(problems, fieldIds, formId);
    }
}
