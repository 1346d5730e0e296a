using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Subsidies.AssessApplication;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.RankTender;

/// <summary>
/// The order in which a scheme's complete applications get the plafond. A tender: ranked by score with the recorded
/// tie-break and the plafond's cut line (<see cref="TenderRanking"/>); first come, first served: by the moment each
/// became complete (<see cref="FirstComeOrder"/>), with the running total against the plafond.
/// </summary>
public sealed class SchemeRankingQuery(WijkpeilDbContext db, SubsidyTime time)
{
    private static readonly ApplicationStatus[] NotInTheRunning = [ApplicationStatus.Draft, ApplicationStatus.Withdrawn, ApplicationStatus.NotConsidered];

    public async Task<Outcome<SchemeRanking>> GetAsync(int schemeId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scheme = await SchemeAccess.SchemeAsync(db, schemeId, tracked: false, ct);
        if (scheme is null)
        {
            return SubsidyProblems.SchemeNotFound(schemeId);
        }

        if (!SchemeAccess.MayRun(user, scheme))
        {
            return SubsidyProblems.Forbidden();
        }

        var applications = await db.SubsidyApplications.AsNoTracking()
            .Where(a => a.SchemeId == schemeId && a.CompleteAt != null && !NotInTheRunning.Contains(a.Status))
            .ToListAsync(ct);
        var ids = applications.Select(a => a.Id).ToList();
        var assessments = await db.SubsidyAssessments.AsNoTracking().Include(a => a.Scores)
            .Where(a => ids.Contains(a.ApplicationId))
            .ToListAsync(ct);
        var byApplication = assessments.ToLookup(a => a.ApplicationId);
        var titles = applications.ToDictionary(a => a.Id, a => a.Title);
        var candidates = applications
            .Select(a => new TenderCandidate(a.Id, a.Reference, Score(scheme, byApplication[a.Id]), a.AmountRequested, a.CompleteAt!.Value))
            .ToList();

        var closed = time.Today > scheme.ClosesOn;
        if (scheme.Allocation == AllocationMethod.Tender)
        {
            var rule = scheme.TieBreak ?? TieBreakRule.EarliestComplete;
            var seed = rule == TieBreakRule.Lot ? scheme.LotSeed : null;
            var result = TenderRanking.Rank(candidates, scheme.Plafond, scheme.MinimumScore, rule, seed);
            var rows = result.Rows.Select(r => new RankingRow(
                r.Rank,
                r.Candidate.ApplicationId,
                r.Candidate.Reference,
                titles[r.Candidate.ApplicationId],
                r.Candidate.Score,
                r.Candidate.Amount,
                r.CumulativeAmount,
                r.Funded,
                r.BelowMinimum,
                r.TieBrokenBy,
                seed is null ? null : TenderRanking.LotKey(seed, r.Candidate.Reference),
                r.Candidate.CompleteAt)).ToList();
            return new SchemeRanking(scheme.Id, scheme.Name, scheme.Allocation, scheme.ClosesOn, closed, scheme.Plafond, scheme.MinimumScore, rule, seed, rows, result.CutLine, result.Funded, result.Remaining);
        }

        var ordered = FirstComeOrder.Order(candidates, c => c.CompleteAt, c => c.Reference);
        var cumulative = Money.Zero;
        var fcfsRows = new List<RankingRow>(ordered.Count);
        var stillFits = true;
        for (var i = 0; i < ordered.Count; i++)
        {
            var candidate = ordered[i];
            cumulative += candidate.Amount;
            stillFits = stillFits && cumulative <= scheme.Plafond;
            fcfsRows.Add(new RankingRow(i + 1, candidate.ApplicationId, candidate.Reference, titles[candidate.ApplicationId], candidate.Score, candidate.Amount, cumulative, stillFits, false, false, null, candidate.CompleteAt));
        }

        var within = fcfsRows.TakeWhile(r => r.WithinPlafond).ToList();
        var fundedTotal = Money.Sum(within.Select(r => r.Amount));
        return new SchemeRanking(scheme.Id, scheme.Name, scheme.Allocation, scheme.ClosesOn, closed, scheme.Plafond, scheme.MinimumScore, null, null, fcfsRows, within.Count, fundedTotal, scheme.Plafond - fundedTotal);
    }

    private static decimal? Score(SubsidyScheme scheme, IEnumerable<Assessment> assessments)
    {
        var counted = ApplicationScores.Counted(assessments);
        return counted.Count == 0 ? null : ApplicationScores.Of(scheme, counted).Score;
    }
}

/// <summary>A scheme's distribution order; rows before <paramref name="CutLine"/> fit within the plafond.</summary>
/// <param name="Closed">The close date has passed, so a tender's ranking is final rather than provisional.</param>
/// <param name="TieBreak">The rule recorded on a tender scheme; null for first come, first served.</param>
/// <param name="LotSeed">The seed recorded for a lot; null otherwise.</param>
public sealed record SchemeRanking(
    int SchemeId,
    string SchemeName,
    AllocationMethod Allocation,
    DateOnly ClosesOn,
    bool Closed,
    Money Plafond,
    decimal MinimumScore,
    TieBreakRule? TieBreak,
    string? LotSeed,
    IReadOnlyList<RankingRow> Rows,
    int CutLine,
    Money Funded,
    Money Remaining);

/// <summary>One application in the order; <paramref name="Rank"/> is null for one below the minimum score.</summary>
public sealed record RankingRow(
    int? Rank,
    int ApplicationId,
    string Reference,
    string Title,
    decimal? Score,
    Money Amount,
    Money? CumulativeAmount,
    bool WithinPlafond,
    bool BelowMinimum,
    bool TieBroken,
    string? LotKey,
    DateTimeOffset CompleteAt);
