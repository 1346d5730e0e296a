namespace Wijkpeil.Domain.Common;

/// <summary>An expected failure: a stable machine code and a message a user can act on.</summary>
/// <param name="Code">Stable identifier such as <c>area.code.invalid</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record DomainError(string Code, string Message);

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

    public static implicit operator Result<T>(DomainError error) => Failure(error);

    public static implicit operator Result<T>(T value) => Success(value);
}
