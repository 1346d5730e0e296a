namespace Wijkpeil.Domain.Common;

/// <summary>
/// An expected failure: a stable machine code, the field it is about and the values its message names. The code
/// is the key of the message the reader sees in their language (resources at the edge); <paramref name="Message"/>
/// is the Dutch text for developers, logs and the command line.
/// </summary>
/// <param name="Code">Stable identifier such as <c>area.code.invalid</c>.</param>
/// <param name="Message">What is wrong and what was expected, in Dutch.</param>
public sealed record DomainError(string Code, string Message)
{
    /// <summary>An error about <paramref name="field"/> whose message names <paramref name="arguments"/> in order.</summary>
    public DomainError(string code, string message, string? field, params object?[] arguments)
        : this(code, message)
    {
        Field = field;
        Arguments = arguments;
    }

    /// <summary>
    /// The camelCase name of the value that broke the rule (<c>title</c>, <c>endDate</c>), set where the rule is
    /// checked; null when the error is about the whole thing.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>The values the message names ({0}, {1}, ... in the resource text), in that order.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];
}

/// <summary>The outcome of an operation that can fail for expected reasons.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    public DomainError? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => Error is null
        ? _value!
        : throw new InvalidOperationException($"Result is a failure: {Error.Message}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(DomainError error) => new(default, error);

    public static Result<T> Failure(string code, string message) => new(default, new DomainError(code, message));

    public static Result<T> Failure(string code, string message, string? field, params object?[] arguments) =>
        new(default, new DomainError(code, message, field, arguments));

    public static implicit operator Result<T>(DomainError error) => Failure(error);

    public static implicit operator Result<T>(T value) => Success(value);
}
