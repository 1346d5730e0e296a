using System.Security.Cryptography;
using System.Text;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.Domain.Tests.Subsidies;

public sealed class TenderRankingTests
{
    private static readonly DateTimeOffset March1 = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static TenderCandidate Candidate(int id, decimal? score, decimal euros, int dayOffset) =>
        new(id, $"2026-{id:0000}", score, Money.FromEuros(euros).Value, March1.AddDays(dayOffset));

    // B and C tie on 4.0: B became complete first, C asks less.
    private static readonly TenderCandidate A = Candidate(1, 4.5m, 4_000m, 0);
    private static readonly TenderCandidate B = Candidate(2, 4.0m, 3_000m, 1);
    private static readonly TenderCandidate C = Candidate(3, 4.0m, 2_500m, 2);
    private static readonly TenderCandidate D = Candidate(4, 3.5m, 2_000m, 0);
    private static readonly TenderCandidate E = Candidate(5, 3.0m, 500m, 0);
    private static readonly TenderCandidate BelowMinimum = Candidate(6, 2.0m, 100m, 0);
    private static readonly TenderCandidate Unscored = Candidate(7, null, 100m, 0);

    private static readonly TenderCandidate[] All = [Unscored, E, C, BelowMinimum, A, D, B];

    private static Money Euros(decimal euros) => Money.FromEuros(euros).Value;

    private static TenderResult Rank(decimal plafond, TieBreakRule rule = TieBreakRule.EarliestComplete, string? seed = null, TenderCandidate[]? candidates = null) =>
        TenderRanking.Rank(candidates ?? All, Euros(plafond), 2.5m, rule, seed);

    [Fact]
    public void Rank_ByScoreThenEarliestComplete_OrdersRankedThenUnranked()
    {
        var result = Rank(10_000m);

        Assert.Equal([A, B, C, D, E, BelowMinimum, Unscored], result.Rows.Select(r => r.Candidate));
        Assert.Equal([1, 2, 3, 4, 5, null, null], result.Rows.Select(r => r.Rank));
        Assert.Equal([false, false, false, false, false, true, true], result.Rows.Select(r => r.BelowMinimum));
    }

    [Fact]
    public void Rank_FundsTopDownAndStopsAtFirstThatDoesNotFit_NoSkippingToSmaller()
    {
        // Cumulative 4000, 7000, 9500 fit in 10 000; D (11 500) does not, and E's 500 would fit in what remains
        // but is below the cut line: the ranking decides (Awb 4:26).
        var result = Rank(10_000m);

        Assert.Equal([true, true, true, false, false, false, false], result.Rows.Select(r => r.Funded));
        Assert.Equal(3, result.CutLine);
        Assert.Equal(Euros(9_500m), result.Funded);
        Assert.Equal(Euros(500m), result.Remaining);
        Assert.Equal(Euros(10_000m), result.Plafond);
        Assert.Equal(
            [Euros(4_000m), Euros(7_000m), Euros(9_500m), Euros(11_500m), Euros(12_000m), null, null],
            result.Rows.Select(r => r.CumulativeAmount));
    }

    [Fact]
    public void Rank_Ties_MarkedAsBrokenByTheRule()
    {
        var result = Rank(10_000m);

        Assert.Equal([false, true, true, false, false, false, false], result.Rows.Select(r => r.TieBrokenBy));
    }

    [Fact]
    public void Rank_TieAtTheCutLine_EarliestCompleteFundsB()
    {
        var result = Rank(7_000m);

        Assert.Equal([A, B], result.Rows.Where(r => r.Funded).Select(r => r.Candidate));
        Assert.Equal(2, result.CutLine);
        Assert.Equal(Money.Zero, result.Remaining);
    }

    [Fact]
    public void Rank_TieAtTheCutLine_LowerAmountFundsC()
    {
        var result = Rank(7_000m, TieBreakRule.LowerAmount);

        Assert.Equal([A, C, B, D, E], result.Rows.Take(5).Select(r => r.Candidate));
        Assert.Equal([A, C], result.Rows.Where(r => r.Funded).Select(r => r.Candidate));
        Assert.Equal(Euros(500m), result.Remaining);
        Assert.Equal(TieBreakRule.LowerAmount, result.Rule);
    }

    [Fact]
    public void Rank_LowerAmountEqual_FallsBackToEarliestComplete()
    {
        var early = Candidate(8, 4m, 1_000m, 0);
        var late = Candidate(9, 4m, 1_000m, 1);

        var result = Rank(10_000m, TieBreakRule.LowerAmount, candidates: [late, early]);

        Assert.Equal([early, late], result.Rows.Select(r => r.Candidate));
    }

    [Fact]
    public void Rank_Lot_OrdersTiesBySha256OfSeedAndReference()
    {
        // SHA-256("zaad-2026|2026-0003") starts 07…, SHA-256("zaad-2026|2026-0002") starts 62…: C draws first.
        var result = Rank(7_000m, TieBreakRule.Lot, "zaad-2026");

        Assert.Equal([A, C, B], result.Rows.Take(3).Select(r => r.Candidate));
        Assert.Equal([true, true, false], result.Rows.Take(3).Select(r => r.Funded));
    }

    [Fact]
    public void LotKey_IsLowercaseHexSha256OfUtf8SeedBarReference()
    {
        // A fixed vector: the draw must give the same order forever, whatever runtime computes it.
        Assert.Equal("626d7952e0509a37c9c275f568b26905442da978bb554e721150c3cf665d37c8", TenderRanking.LotKey("zaad-2026", "2026-0002"));
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("zaad-é|2026-0003")));
        Assert.Equal(expected, TenderRanking.LotKey("zaad-é", "2026-0003"));
    }

    [Fact]
    public void Rank_LotWithOtherSeed_CanGiveOtherOrderButSameForSameSeed()
    {
        var tied = Enumerable.Range(10, 8).Select(id => Candidate(id, 4m, 100m, 0)).ToArray();

        var first = Rank(10_000m, TieBreakRule.Lot, "seed-a", tied).Rows.Select(r => r.Candidate.Reference).ToList();
        var again = Rank(10_000m, TieBreakRule.Lot, "seed-a", [.. tied.Reverse()]).Rows.Select(r => r.Candidate.Reference).ToList();
        var expected = tied.Select(t => t.Reference).OrderBy(r => TenderRanking.LotKey("seed-a", r), StringComparer.Ordinal).ToList();

        Assert.Equal(expected, first);
        Assert.Equal(first, again);
        Assert.All(Rank(10_000m, TieBreakRule.Lot, "seed-a", tied).Rows, r => Assert.True(r.TieBrokenBy));
    }

    [Fact]
    public void Rank_InputOrder_DoesNotChangeTheResult()
    {
        var forward = Rank(10_000m);
        var reversed = Rank(10_000m, candidates: [.. All.Reverse()]);

        Assert.Equal(forward.Rows, reversed.Rows);
    }

    [Fact]
    public void Rank_ScoreExactlyMinimum_IsRanked()
    {
        var atMinimum = Candidate(8, 2.5m, 100m, 0);

        var row = Assert.Single(Rank(10_000m, candidates: [atMinimum]).Rows);

        Assert.False(row.BelowMinimum);
        Assert.True(row.Funded);
    }

    [Fact]
    public void Rank_FirstDoesNotFit_NothingFunded()
    {
        var result = Rank(3_999.99m);

        Assert.Equal(0, result.CutLine);
        Assert.DoesNotContain(result.Rows, r => r.Funded);
        Assert.Equal(Euros(3_999.99m), result.Remaining);
    }

    [Fact]
    public void Rank_ExactFit_FundedAndNothingRemains()
    {
        var result = Rank(12_000m);

        Assert.Equal(5, result.CutLine);
        Assert.Equal(Money.Zero, result.Remaining);
    }

    [Fact]
    public void Rank_NoCandidates_EmptyWithFullPlafond()
    {
        var result = Rank(1_000m, candidates: []);

        Assert.Empty(result.Rows);
        Assert.Equal(0, result.CutLine);
        Assert.Equal(Euros(1_000m), result.Remaining);
    }

    [Fact]
    public void Rank_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Rank(1_000m, TieBreakRule.Lot, seed: " ".Trim()));
        Assert.Throws<ArgumentException>(() => Rank(1_000m, candidates: [A, A]));
        Assert.Throws<ArgumentException>(() => Rank(1_000m, candidates: [A with { Amount = Money.Zero }]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TenderRanking.Rank([A], Money.FromCents(-1), 0m, TieBreakRule.EarliestComplete, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rank(1_000m, (TieBreakRule)9));
    }
}
