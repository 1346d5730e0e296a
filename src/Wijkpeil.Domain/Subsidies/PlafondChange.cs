namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// A change of a published plafond (Awb 4:27: published before it takes effect). It never touches applications
/// filed before it: those are decided against the plafond in force when they were filed.
/// </summary>
public sealed class PlafondChange
{
    private PlafondChange()
    {
        Reason = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The plafond from this moment on, in cents (see <see cref="Common.Money"/>).</summary>
    public long AmountCents { get; private set; }

    public long PreviousCents { get; private set; }

    public DateTimeOffset EffectiveAt { get; private set; }

    public string Reason { get; private set; }

    internal static PlafondChange Create(long previous, long amount, DateTimeOffset at, string reason) =>
        new() { PreviousCents = previous, AmountCents = amount, EffectiveAt = at, Reason = reason };
}
