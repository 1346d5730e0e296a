using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// The settlement (vaststelling) of a granted subsidy: the amount the recipient is finally entitled to (Awb 4:46). It
/// follows the grant, or is lower for a reason the law names, and then says why.
/// </summary>
public sealed record Settlement
{
    /// <summary>The longest explanation accepted, in characters.</summary>
    public const int ExplanationMaxLength = 2000;

    private Settlement(Money granted, Money settled, SettlementReason reason, string? explanation)
    {
        Granted = granted;
        Settled = settled;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>The amount granted (verleend).</summary>
    public Money Granted { get; }

    /// <summary>The amount settled (vastgesteld).</summary>
    public Money Settled { get; }

    /// <summary>Why it is settled at this amount.</summary>
    public SettlementReason Reason { get; }

    /// <summary>The explanation given to the recipient (trimmed); required when settled lower, optional otherwise.</summary>
    public string? Explanation { get; }

    /// <summary>Granted minus settled: zero when settled as granted.</summary>
    public Money Reduction => Granted - Settled;

    /// <summary>True when settled below the grant.</summary>
    public bool IsLower => Settled < Granted;

    /// <summary>A settlement of a subsidy granted at <paramref name="granted"/> (positive) at <paramref name="settled"/>.</summary>
    /// <returns>
    /// <c>subsidy.settlement.reason_invalid</c>; <c>subsidy.settlement.negative</c>; <c>subsidy.settlement.above_granted</c>
    /// (arguments: settled, granted; Awb 4:46 lid 1 settles by the grant, which is the ceiling);
    /// <c>subsidy.settlement.as_granted_mismatch</c> when "as granted" comes with another amount;
    /// <c>subsidy.settlement.reason_without_reduction</c> when a reduction reason comes with the full amount;
    /// <c>subsidy.settlement.explanation_required</c> / <c>subsidy.settlement.explanation_too_long</c>.
    /// </returns>
    public static Result<Settlement> Create(Money granted, Money settled, SettlementReason reason, string? explanation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(granted.Cents, 0L, nameof(granted));

        if (!Enum.IsDefined(reason))
        {
            return Result<Settlement>.Failure(
                "subsidy.settlement.reason_invalid",
                "Kies een grond voor de vaststelling.",
                "reason",
                (int)reason);
        }

        if (settled < Money.Zero)
        {
            return Result<Settlement>.Failure(
                "subsidy.settlement.negative",
                string.Create(CultureInfo.InvariantCulture, $"Het vastgestelde bedrag kan niet negatief zijn (gegeven {settled} euro)."),
                "settled",
                settled.Euros);
        }

        if (settled > granted)
        {
            return Result<Settlement>.Failure(
                "subsidy.settlement.above_granted",
                string.Create(CultureInfo.InvariantCulture, $"De subsidie kan niet hoger worden vastgesteld ({settled} euro) dan verleend ({granted} euro) (Awb 4:46)."),
                "settled",
                settled.Euros,
                granted.Euros);
        }

        if (reason == SettlementReason.AsGranted)
        {
            return settled == granted
                ? new Settlement(granted, settled, reason, Trimmed(explanation))
                : Result<Settlement>.Failure(
                    "subsidy.settlement.as_granted_mismatch",
                    string.Create(CultureInfo.InvariantCulture, $"Bij vaststelling conform verlening is het bedrag het verleende bedrag ({granted} euro), niet {settled} euro; kies anders een grond voor een lagere vaststelling."),
                    "settled",
                    settled.Euros,
                    granted.Euros);
        }

        if (settled == granted)
        {
            return Result<Settlement>.Failure(
                "subsidy.settlement.reason_without_reduction",
                "Een grond voor een lagere vaststelling past niet bij vaststelling op het verleende bedrag; kies 'conform verlening'.",
                "reason");
        }

        // A lower settlement is a burdensome decision: it must carry its own motivation (Awb 3:46).
        var text = Trimmed(explanation);
        if (text is null)
        {
            return Result<Settlement>.Failure(
                "subsidy.settlement.explanation_required",
                "Leg uit waarom de subsidie lager wordt vastgesteld dan verleend (Awb 3:46, 4:46).",
                "explanation");
        }

        if (text.Length > ExplanationMaxLength)
        {
            return Result<Settlement>.Failure(
                "subsidy.settlement.explanation_too_long",
                string.Create(CultureInfo.InvariantCulture, $"De toelichting is te lang: {text.Length} tekens, maximaal {ExplanationMaxLength}."),
                "explanation",
                text.Length,
                ExplanationMaxLength);
        }

        return new Settlement(granted, settled, reason, text);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
