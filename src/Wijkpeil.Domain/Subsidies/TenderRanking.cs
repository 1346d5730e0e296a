using System.Security.Cryptography;
using System.Text;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// Distribution by ranking (tender, "verdeling op volgorde van rangschikking"): all complete applications are ranked at
/// the deadline and funded top-down until the plafond is reached (Awb 4:25–4:26).
/// </summary>
public static class TenderRanking
{
    /// <summary>
    /// The ranked list of <paramref name="candidates"/> with the plafond cut line.
    /// </summary>
    /// <param name="candidates">The complete applications, each with a distinct reference and a positive amount.</param>
    /// <param name="plafond">The published plafond (Awb 4:25); zero or more.</param>
    /// <param name="minimumScore">Applications scoring below it are not ranked and never funded.</param>
    /// <param name="rule">The tie-break rule recorded before ranking.</param>
    /// <param name="lotSeed">The seed recorded before ranking; required for <see cref="TieBreakRule.Lot"/>, ignored otherwise.</param>
    /// <remarks>
    /// Ranked by score, highest first, then by <paramref name="rule"/>. Funding goes down the ranking while the full
    /// amount fits; the first application that does not fit marks the cut line and nothing below it is funded, not even
    /// a smaller application that would fit in what remains: the published ranking decides the distribution (Awb 4:26),
    /// and skipping down to fill the plafond would fund a lower-ranked application before a higher-ranked one. Whether
    /// the application at the cut line gets a partial grant from <see cref="TenderResult.Remaining"/> is the officer's
    /// decision, not this ranking's.
    /// </remarks>
    public static TenderResult Rank(
        IReadOnlyList<TenderCandidate> candidates,
        Money plafond,
        decimal minimumScore,
        TieBreakRule rule,
        string? lotSeed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        Validate(candidates, plafond, rule, lotSeed);

        var tieBreak = TieBreak(rule, lotSeed, candidates);
        var ranked = candidates.Where(c => c.Score is { } score && score >= minimumScore).ToList();
        ranked.Sort((left, right) =>
        {
            var byScore = right.Score!.Value.CompareTo(left.Score!.Value);
            return byScore != 0 ? byScore : tieBreak(left, right);
        });

        // Not ranked: listed after the ranking for completeness, best score first, unscored last.
        var unranked = candidates.Where(c => c.Score is not { } score || score < minimumScore).ToList();
        unranked.Sort((left, right) =>
        {
            var byScore = Nullable.Compare(right.Score, left.Score);
            return byScore != 0 ? byScore : tieBreak(left, right);
        });

        var rows = new List<TenderRow>(candidates.Count);
        var cumulative = Money.Zero;
        var funded = Money.Zero;
        var stillFunding = true;
        for (var i = 0; i < ranked.Count; i++)
        {
            var candidate = ranked[i];
            cumulative += candidate.Amount;
            stillFunding = stillFunding && cumulative <= plafond;
            if (stillFunding)
            {
                funded += candidate.Amount;
            }

            var tied = (i > 0 && ranked[i - 1].Score == candidate.Score)
                || (i < ranked.Count - 1 && ranked[i + 1].Score == candidate.Score);
            rows.Add(new TenderRow(i + 1, candidate, BelowMinimum: false, stillFunding, cumulative, tied));
        }

        var cutLine = rows.Count(r => r.Funded);
        rows.AddRange(unranked.Select(c => new TenderRow(null, c, BelowMinimum: true, Funded: false, CumulativeAmount: null, TieBrokenBy: false)));
        return new TenderResult(rows, cutLine, plafond, funded, plafond - funded, rule);
    }

    /// <summary>
    /// The lot key of <paramref name="reference"/>: the lowercase hex SHA-256 of the UTF-8 text seed + "|" + reference.
    /// The lowest key goes first. Shown beside the ranking, it lets anyone verify the draw.
    /// </summary>
    public static string LotKey(string lotSeed, string reference)
    {
        ArgumentNullException.ThrowIfNull(lotSeed);
        ArgumentNullException.ThrowIfNull(reference);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lotSeed + "|" + reference)));
    }

    private static Comparison<TenderCandidate> TieBreak(TieBreakRule rule, string? lotSeed, IReadOnlyList<TenderCandidate> candidates)
    {
        switch (rule)
        {
            case TieBreakRule.EarliestComplete:
                return FirstComeOrder.Candidates.Compare;
            case TieBreakRule.LowerAmount:
                return static (left, right) =>
                {
                    var byAmount = left.Amount.CompareTo(right.Amount);
                    return byAmount != 0 ? byAmount : FirstComeOrder.Candidates.Compare(left, right);
                };
            case TieBreakRule.Lot:
                var keys = candidates.ToDictionary(c => c.Reference, c => LotKey(lotSeed!, c.Reference), StringComparer.Ordinal);
                return (left, right) =>
                {
                    var byLot = string.CompareOrdinal(keys[left.Reference], keys[right.Reference]);
                    return byLot != 0 ? byLot : string.CompareOrdinal(left.Reference, right.Reference);
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown tie-break rule.");
        }
    }

    private static void Validate(IReadOnlyList<TenderCandidate> candidates, Money plafond, TieBreakRule rule, string? lotSeed)
    {
        if (rule == TieBreakRule.Lot && string.IsNullOrEmpty(lotSeed))
        {
            throw new ArgumentException("A lot draw needs the seed recorded before ranking.", nameof(lotSeed));
        }

        if (plafond < Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(plafond), plafond, "A plafond is zero or more.");
        }

        if (candidates.Any(c => string.IsNullOrWhiteSpace(c.Reference) || c.Amount <= Money.Zero))
        {
            throw new ArgumentException("Every candidate has a reference and a positive amount.", nameof(candidates));
        }

        if (candidates.Select(c => c.Reference).Distinct(StringComparer.Ordinal).Count() != candidates.Count)
        {
            throw new ArgumentException("References are unique within a tender.", nameof(candidates));
        }
    }
}
