using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Kernel.Web;

/// <summary>
/// The one place where failures become RFC 9457 problem details: expected failures (a
/// <see cref="DomainError"/>) from the endpoints, and the generic ones (unknown route, unhandled
/// exception, unreachable database) from the middleware. Every text is Dutch.
/// </summary>
public static class ApiProblems
{
    // ProblemHttpResult rather than BadRequest<ProblemDetails>/NotFound<ProblemDetails>: only it answers with
    // application/problem+json. Endpoints declare the statuses with ProducesProblem for the OpenAPI document.

    /// <summary>400: a request the caller must change, such as bad syntax or an unknown code in a filter.</summary>
    public static ProblemHttpResult BadRequest(DomainError error, HttpContext http) =>
        TypedResults.Problem(Create(StatusCodes.Status400BadRequest, "Ongeldig verzoek", error, http));

    /// <summary>
    /// 400 for one refused value: as <see cref="Validation"/> with a single field (camelCase, with a path for nested
    /// items such as <c>outputs[0].name</c>; empty for the request as a whole).
    /// </summary>
    public static ProblemHttpResult Invalid(string field, DomainError error, HttpContext http) =>
        Validation(error, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field ?? string.Empty] = [error.Message] }, http);

    /// <summary>
    /// 400 with the refused fields: <paramref name="errors"/> maps each camelCase field name of the request to its
    /// Dutch messages (the <c>errors</c> member of RFC 9457's validation extension, as ASP.NET Core writes it).
    /// </summary>
    public static ProblemHttpResult Validation(DomainError error, IReadOnlyDictionary<string, string[]> errors, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var problem = Create(StatusCodes.Status400BadRequest, "Ongeldige invoer", error, http);
        var validation = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Type = problem.Type,
            Title = problem.Title,
            Status = problem.Status,
            Detail = problem.Detail,
            Instance = problem.Instance,
        };
        foreach (var (key, value) in problem.Extensions)
        {
            validation.Extensions[key] = value;
        }

        return TypedResults.Problem(validation);
    }

    /// <summary>403: the caller is signed in, but the account's role or gemeenten do not allow this change.</summary>
    public static ProblemHttpResult Forbidden(DomainError error, HttpContext http) =>
        TypedResults.Problem(Create(StatusCodes.Status403Forbidden, "Geen toegang", error, http));

    /// <summary>404: the resource the path names does not exist.</summary>
    public static ProblemHttpResult NotFound(DomainError error, HttpContext http) =>
        TypedResults.Problem(Create(StatusCodes.Status404NotFound, "Niet gevonden", error, http));

    /// <summary>429: the caller has as many running as allowed; the caller sets <c>Retry-After</c> and the detail says when to try again.</summary>
    public static ProblemHttpResult TooManyRequests(DomainError error, HttpContext http) =>
        TypedResults.Problem(Create(StatusCodes.Status429TooManyRequests, "Te veel verzoeken", error, http));

    /// <summary>500: something of ours failed that the caller cannot change.</summary>
    public static ProblemHttpResult InternalError(DomainError error, HttpContext http) =>
        TypedResults.Problem(Create(StatusCodes.Status500InternalServerError, "Interne fout", error, http));

    /// <summary>503: a service the request needs is missing or down (e.g. Chromium for PDFs); the detail says what to do.</summary>
    public static ProblemHttpResult ServiceUnavailable(DomainError error, HttpContext http) =>
        TypedResults.Problem(Create(StatusCodes.Status503ServiceUnavailable, "Dienst niet beschikbaar", error, http));

    /// <summary>
    /// Fills in what the framework leaves generic: a Dutch title and detail for problems written by the
    /// status-code and exception middleware (they come without detail), the request path, and a trace id
    /// to quote when reporting a fault.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Instance ??= http.Request.Path;
        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? http.TraceIdentifier);
        if (problem.Detail is not null)
        {
            return;
        }

        var status = problem.Status ?? http.Response.StatusCode;
        (problem.Title, problem.Detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("Ongeldig verzoek", "Het verzoek is niet volgens de API-beschrijving; zie /openapi/v1.json."),
            StatusCodes.Status401Unauthorized => ("Niet aangemeld", "Dit verzoek vraagt een geldig persoonlijk toegangstoken: Authorization: Bearer <token> (te maken met 'wijkpeil users token')."),
            StatusCodes.Status403Forbidden => ("Geen toegang", "Uw account heeft niet de rol of het werkgebied dat dit verzoek vraagt."),
            StatusCodes.Status404NotFound => ("Niet gevonden", $"Op het adres {http.Request.Path} is niets te vinden. De API staat onder /api/v1; de beschrijving staat op /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => ("Methode niet toegestaan", $"Het adres {http.Request.Path} ondersteunt {http.Request.Method} niet."),
            StatusCodes.Status500InternalServerError => ("Interne fout", "Er ging iets mis bij het verwerken van dit verzoek. Probeer het later opnieuw; blijft het misgaan, meld dan de traceId aan de beheerder."),
            StatusCodes.Status503ServiceUnavailable => ("Dienst niet beschikbaar", "Wijkpeil kan dit verzoek nu niet verwerken. Probeer het later opnieuw."),
            _ => (problem.Title, $"Het verzoek kon niet worden verwerkt (HTTP {status})."),
        };
    }

    private static ProblemDetails Create(int status, string title, DomainError error, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(http);
        var problem = new ProblemDetails
        {
            Type = status == StatusCodes.Status429TooManyRequests ? "https://tools.ietf.org/html/rfc6585#section-4" : "https://tools.ietf.org/html/rfc9110#section-" + status switch
            {
                StatusCodes.Status403Forbidden => "15.5.4",
                StatusCodes.Status404NotFound => "15.5.5",
                StatusCodes.Status500InternalServerError => "15.6.1",
                StatusCodes.Status503ServiceUnavailable => "15.6.4",
                _ => "15.5.1",
            },
            Title = title,
            Status = status,
            Detail = error.Message,
            Instance = http.Request.Path,
        };
        problem.Extensions["code"] = error.Code;
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? http.TraceIdentifier;
        return problem;
    }
}
