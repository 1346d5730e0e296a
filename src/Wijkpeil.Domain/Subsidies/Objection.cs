namespace Wijkpeil.Domain.Subsidies;

/// <summary>A bezwaarschrift registered against the decision (Awb 6:4), with the day it was received.</summary>
public sealed class Objection
{
    public const int NoteMaxLength = 4_000;

    private Objection()
    {
        Note = string.Empty;
        RegisteredBy = string.Empty;
    }

    public int Id { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Whether it arrived within the objection term (Awb 6:7, 6:9); a late one is still registered (Awb 6:11).</summary>
    public bool InTime { get; private set; }

    public string Note { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; }

    internal static Objection Create(DateOnly receivedOn, bool inTime, string note, DateTimeOffset at, string by) =>
        new() { ReceivedOn = receivedOn, InTime = inTime, Note = note, RegisteredAt = at, RegisteredBy = by };
}
