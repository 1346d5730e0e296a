namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// A request to complete an application (aanvulling, Awb 4:5) as stored: what is missing, when it was sent, the term
/// and when it was answered. The clock rules read it as a <see cref="ClockPause"/>.
/// </summary>
public sealed class CompletionRequest
{
    public const int MessageMaxLength = 4_000;

    private CompletionRequest()
    {
        Message = string.Empty;
    }

    public int Id { get; private set; }

    public string Message { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly TermEndsOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string RequestedBy { get; private set; } = string.Empty;

    internal static CompletionRequest Create(ClockPause pause, string message, DateTimeOffset at, string by) =>
        new() { RequestedOn = pause.RequestedOn, TermEndsOn = pause.TermEndsOn, Message = message, RequestedAt = at, RequestedBy = by };

    internal void Complete(DateOnly on) => CompletedOn = on;

    public ClockPause AsPause() => ClockPause.Restore(RequestedOn, TermEndsOn, CompletedOn);
}
