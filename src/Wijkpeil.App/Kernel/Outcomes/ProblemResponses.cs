using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wijkpeil.App.Kernel.Ui;

namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>
/// The one mapper from expected failures to the API's answer: RFC 9457 problem+json with the status of the
/// outcome's kind (400 invalid, 404 not found, 403 forbidden, 409 conflict, 429 too many, 503 unavailable, 500 failed), the first problem's code and message as
/// <c>code</c> and <c>detail</c>, and for 400 and 409 the <c>errors</c> member: each field (camelCase, with a path
/// for nested items; empty for the request as a whole) with its messages. Texts are in the request's language:
/// the API honours Accept-Language (Dutch or English), and falls back to the culture of the request.
/// </summary>
public static class ProblemResponses
{
    private const string Rfc9110 = "https://tools.ietf.org/html/rfc9110#section-";

    /// <summary>The answer to a failed outcome.</summary>
    public static ProblemHttpResult For<T>(Outcome<T> outcome, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return For(outcome.Problems, http);
    }

    /// <summary>The answer to one or more problems; the most decisive kind sets the status.</summary>
    public static ProblemHttpResult For(IReadOnlyList<Problem> problems, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(http);
        if (problems.Count == 0)
        {
            throw new ArgumentException("An answer to a failure needs at least one problem.", nameof(problems));
        }

        var culture = CultureOf(http);
        var kind = Outcome<bool>.Failure(problems).Kind!.Value;
        var decisive = problems.First(p => p.Kind == kind);
        var relevant = kind is ProblemKind.Invalid or ProblemKind.Conflict
            ? [.. problems.Where(p => p.Kind is ProblemKind.Invalid or ProblemKind.Conflict)]
            : new[] { decisive };
        var (status, titleCode, type) = kind switch
        {
            ProblemKind.NotFound => (StatusCodes.Status404NotFound, "problem.title.not_found", Rfc9110 + "15.5.5"),
            ProblemKind.Forbidden => (StatusCodes.Status403Forbidden, "problem.title.forbidden", Rfc9110 + "15.5.4"),
            ProblemKind.Conflict => (StatusCodes.Status409Conflict, "problem.title.conflict", Rfc9110 + "15.5.10"),
            ProblemKind.Unavailable => (StatusCodes.Status503ServiceUnavailable, "problem.title.unavailable", Rfc9110 + "15.6.4"),
            ProblemKind.TooMany => (StatusCodes.Status429TooManyRequests, "problem.title.too_many", "https://tools.ietf.org/html/rfc6585#section-4"),
            ProblemKind.Failed => (StatusCodes.Status500InternalServerError, "problem.title.failed", Rfc9110 + "15.6.1"),
            _ => (StatusCodes.Status400BadRequest, "problem.title.invalid", Rfc9110 + "15.5.1"),
        };
        var detail = relevant.Length == 1
            ? ProblemMessages.For(decisive, culture)
            : ProblemMessages.Text("problem.detail.several", culture, relevant.Length);
        ProblemDetails body = status is StatusCodes.Status400BadRequest or StatusCodes.Status409Conflict
            ? new HttpValidationProblemDetails(relevant
                .GroupBy(p => p.Field ?? string.Empty, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => ProblemMessages.For(p, culture)).ToArray(), StringComparer.Ordinal))
            : new ProblemDetails();
        body.Type = type;
        body.Title = ProblemMessages.Text(titleCode, culture);
        body.Status = status;
        body.Detail = detail;
        body.Instance = http.Request.Path;
        body.Extensions["code"] = decisive.Code;
        body.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? http.TraceIdentifier;
        http.Response.Headers.ContentLanguage = culture.TwoLetterISOLanguageName;
        return TypedResults.Problem(body);
    }

    /// <summary>
    /// Fills in what the framework leaves generic, for problems the status-code and exception middleware write (they
    /// come without detail): a title and detail in the request's language, the request path, and a trace id to quote
    /// when reporting a fault. Registered as <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>.
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

        var culture = CultureOf(http);
        var status = problem.Status ?? http.Response.StatusCode;
        var key = status switch
        {
            StatusCodes.Status400BadRequest => "bad_request",
            StatusCodes.Status401Unauthorized => "unauthorized",
            StatusCodes.Status403Forbidden => "forbidden",
            StatusCodes.Status404NotFound => "not_found",
            StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
            StatusCodes.Status500InternalServerError => "failed",
            StatusCodes.Status503ServiceUnavailable => "unavailable",
            _ => null,
        };
        if (key is not null)
        {
            problem.Title = ProblemMessages.Text("problem.title." + key, culture);
        }

        problem.Detail = ProblemMessages.Text("problem.detail." + (key ?? "other"), culture, http.Request.Path.Value, http.Request.Method, status);
        http.Response.Headers.ContentLanguage = culture.TwoLetterISOLanguageName;
    }

    /// <summary>
    /// Dutch or English: the first of the request's Accept-Language ranges (by quality) that names one of them,
    /// otherwise the request's culture (the pages' cookie, Dutch by default).
    /// </summary>
    public static CultureInfo CultureOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ranges = http.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1))
        {
            var language = range.Value.Value ?? string.Empty;
            var match = UiCulture.Supported.FirstOrDefault(l =>
                string.Equals(language, l.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(language.Split('-')[0], l.Language, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match.Culture;
            }
        }

        return CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? UiCulture.English.Culture : UiCulture.Dutch.Culture;
    }
}
