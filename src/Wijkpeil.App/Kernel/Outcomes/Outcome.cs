using Wijkpeil.Domain.Common;

namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>What kind of expected failure a <see cref="Problem"/> is; decides the HTTP status and how a page shows it.</summary>
public enum ProblemKind
{
    /// <summary>A value the caller must change (400 on the API, a message at the field on a page).</summary>
    Invalid,

    /// <summary>The thing the request names does not exist (404).</summary>
    NotFound,

    /// <summary>The caller may not do this (403).</summary>
    Forbidden,

    /// <summary>The request is valid but clashes with the current state, e.g. a slug already taken (409).</summary>
    Conflict,

    /// <summary>A service the request needs is missing or down, e.g. Chromium for a PDF (503); the message says what to do.</summary>
    Unavailable,

    /// <summary>The caller has as many heavy requests running as allowed (429); the caller sets <c>Retry-After</c>.</summary>
    TooMany,

    /// <summary>Something on the server's side went wrong that the caller cannot change, e.g. a page that failed to print (500).</summary>
    Failed,
}

/// <summary>
/// An expected failure. <paramref name="Code"/> is stable and is the resource key of its message, which is looked
/// up in the reader's language at the edge (page or API); <paramref name="Field"/> names the request field it
/// belongs to (camelCase, with a path for nested items such as <c>outputs[0].name</c>; null for the request as a
/// whole); <paramref name="Arguments"/> fill the message's placeholders in order.
/// </summary>
public sealed record Problem(string Code, ProblemKind Kind, string? Field, IReadOnlyList<object?> Arguments)
{
    public static Problem Invalid(string? field, string code, params object?[] arguments) => new(code, ProblemKind.Invalid, field, arguments);

    public static Problem NotFound(string code, params object?[] arguments) => new(code, ProblemKind.NotFound, null, arguments);

    public static Problem Forbidden(string code, params object?[] arguments) => new(code, ProblemKind.Forbidden, null, arguments);

    public static Problem Conflict(string? field, string code, params object?[] arguments) => new(code, ProblemKind.Conflict, field, arguments);

    public static Problem Unavailable(string code, params object?[] arguments) => new(code, ProblemKind.Unavailable, null, arguments);

    public static Problem TooMany(string code, params object?[] arguments) => new(code, ProblemKind.TooMany, null, arguments);

    public static Problem Failed(string code, params object?[] arguments) => new(code, ProblemKind.Failed, null, arguments);

    /// <summary>
    /// A refused value from the domain: its code, arguments and field, the field under <paramref name="path"/> for an
    /// item of a collection (<c>outputs[0]</c> + <c>name</c> → <c>outputs[0].name</c>). The domain's Dutch message
    /// is not carried: the edge looks the text up by code in the reader's language.
    /// </summary>
    public static Problem From(DomainError error, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = string.IsNullOrEmpty(path) ? error.Field
            : string.IsNullOrEmpty(error.Field) ? path
            : path + "." + error.Field;
        return new(error.Code, ProblemKind.Invalid, field, error.Arguments);
    }

    /// <summary>The same problem about <paramref name="field"/>, e.g. a value a use case checks for one of its own inputs.</summary>
    public Problem At(string? field) => this with { Field = field };
}

/// <summary>The result of a use case: its value, or the expected failures that stopped it (never both).</summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, IReadOnlyList<Problem> problems)
    {
        _value = value;
        Problems = problems;
    }

    public IReadOnlyList<Problem> Problems { get; }

    public bool Succeeded => Problems.Count == 0;

    /// <summary>
    /// The kind that decides the answer as a whole: a failure on the server's side wins, then not found and forbidden,
    /// then conflict and invalid.
    /// </summary>
    public ProblemKind? Kind => Succeeded
        ? null
        : Problems.Select(p => p.Kind).OrderBy(k => k switch
        {
            ProblemKind.Failed => 0,
            ProblemKind.Unavailable => 1,
            ProblemKind.TooMany => 2,
            ProblemKind.NotFound => 3,
            ProblemKind.Forbidden => 4,
            ProblemKind.Conflict => 5,
            _ => 6,
        }).First();

    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"The outcome failed: {Problems[0].Code}");

    public static Outcome<T> Success(T value) => new(value, []);

    public static Outcome<T> Failure(IEnumerable<Problem> problems)
    {
        var list = problems.ToList();
        return list.Count == 0 ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems)) : new(default, list);
    }

    public static Outcome<T> Failure(params Problem[] problems) => Failure((IEnumerable<Problem>)problems);

    public static implicit operator Outcome<T>(T value) => Success(value);

    public static implicit operator Outcome<T>(Problem problem) => Failure(problem);

    /// <summary>"ok", or the codes of the problems: for assertion messages and logs, never for a reader.</summary>
    public override string ToString() => Succeeded ? "ok" : string.Join("; ", Problems.Select(p => p.Field is null ? p.Code : $"{p.Field}: {p.Code}"));

    /// <summary>The same failure as an outcome of another type, for a use case that hands on a refusal it got.</summary>
    public Outcome<TOther> Cast<TOther>() =>
        Succeeded ? throw new InvalidOperationException("A successful outcome has a value, not problems to hand on.") : Outcome<TOther>.Failure(Problems);
}
