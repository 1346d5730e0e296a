using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// For the scheme's officers: an application's assessors with their declaration and status, and the scored result —
/// per criterion the mean and spread, the weighted score, the large-spread flags and whether it meets the minimum.
/// </summary>
public sealed class AssessmentSummaryQuery(WijkpeilDbContext db)
{
    public async Task<Outcome<AssessmentSummary>> GetAsync(int applicationId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await SchemeAccess.ForOfficerAsync(db, applicationId, user, ct);
        if (!found.Succeeded)
        {
            return found.Cast<AssessmentSummary>();
        }

        var (application, scheme) = found.Value;

        var assessments = await db.SubsidyAssessments.AsNoTracking().Include(a => a.Scores)
            .Where(a => a.ApplicationId == applicationId)
            .OrderBy(a => a.AssignedAt).ThenBy(a => a.Id)
            .ToListAsync(ct);
        var counted = ApplicationScores.Counted(assessments);
        var result = ApplicationScores.Of(scheme, counted);
        var means = counted.Select((a, i) => (a.Id, result.Assessors[i].WeightedMean)).ToDictionary(p => p.Id, p => p.WeightedMean);
        var criteria = scheme.Criteria.OrderBy(c => c.Position).ToList();

        return new AssessmentSummary(
            application.Id,
            application.Reference,
            application.Title,
            scheme.Id,
            scheme.Name,
            scheme.ScaleMin,
            scheme.ScaleMax,
            scheme.MinimumScore,
            [.. assessments.Select(a => new AssessorLine(a.Id, a.AssessorName, a.Declaration, a.DeclaredAt, a.ConflictNote, a.SubmittedAt, means.GetValueOrDefault(a.Id)))],
            [.. criteria.Zip(result.Criteria).Select(p => new CriterionLine(p.First.Id, p.First.Name, p.First.Weight, p.Second.Mean, p.Second.Spread, p.Second.ScoredBy, p.Second.NotApplicableBy, p.Second.LargeSpread))],
            counted.Count,
            result.Score,
            result.Spread,
            result.LargeSpread,
            result.MeetsMinimum);
    }
}

/// <summary>An application's assessment as its officers see it.</summary>
/// <param name="Submitted">How many active assessors submitted; the figures rest on them only.</param>
public sealed record AssessmentSummary(
    int ApplicationId,
    string Reference,
    string Title,
    int SchemeId,
    string SchemeName,
    int ScaleMin,
    int ScaleMax,
    decimal MinimumScore,
    IReadOnlyList<AssessorLine> Assessors,
    IReadOnlyList<CriterionLine> Criteria,
    int Submitted,
    decimal? Score,
    decimal? Spread,
    bool LargeSpread,
    bool MeetsMinimum);

/// <summary>One assessor: their address, declaration and whether they submitted, with their weighted mean once they did.</summary>
public sealed record AssessorLine(int AssessmentId, string Email, ConflictDeclaration Declaration, DateTimeOffset? DeclaredAt, string? ConflictNote, DateTimeOffset? SubmittedAt, decimal? WeightedMean);

/// <summary>One criterion across the submitted sheets.</summary>
public sealed record CriterionLine(int CriterionId, string Name, int Weight, decimal? Mean, int? Spread, int ScoredBy, int NotApplicableBy, bool LargeSpread);
