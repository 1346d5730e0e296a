using System.Globalization;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// The published score scale of a scheme's criteria, such as 1 to 5 or 0 to 10. Applicants are judged on the scale that
/// was published with the scheme (Awb 4:26 lid 2: the way of distribution is made known in advance).
/// </summary>
public sealed record ScoreScale
{
    /// <summary>The lowest bound a scale may have.</summary>
    public const int Floor = 0;

    /// <summary>The highest bound a scale may have.</summary>
    public const int Ceiling = 100;

    private ScoreScale(int min, int max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The lowest score on the scale.</summary>
    public int Min { get; }

    /// <summary>The highest score on the scale.</summary>
    public int Max { get; }

    /// <summary>Max − Min; the spread thresholds of <see cref="AssessmentScoring"/> are shares of it.</summary>
    public int Range => Max - Min;

    /// <summary>A scale from <paramref name="min"/> to <paramref name="max"/>, with 0 ≤ min &lt; max ≤ 100.</summary>
    /// <returns><c>subsidy.scale.out_of_bounds</c> for a bound outside 0..100; <c>subsidy.scale.empty</c> when min is not below max.</returns>
    public static Result<ScoreScale> Create(int min, int max)
    {
        if (min is < Floor or > Ceiling || max is < Floor or > Ceiling)
        {
            return Result<ScoreScale>.Failure(
                "subsidy.scale.out_of_bounds",
                string.Create(CultureInfo.InvariantCulture, $"Een scoreschaal ligt tussen {Floor} en {Ceiling} (gegeven {min} tot en met {max})."),
                min is < Floor or > Ceiling ? "scaleMin" : "scaleMax",
                min,
                max,
                Floor,
                Ceiling);
        }

        if (min >= max)
        {
            return Result<ScoreScale>.Failure(
                "subsidy.scale.empty",
                string.Create(CultureInfo.InvariantCulture, $"De hoogste score ({max}) moet hoger zijn dan de laagste ({min})."),
                "scaleMax",
                min,
                max);
        }

        return new ScoreScale(min, max);
    }

    /// <summary>True when <paramref name="score"/> lies on the scale, bounds included.</summary>
    public bool Contains(int score) => score >= Min && score <= Max;
}
