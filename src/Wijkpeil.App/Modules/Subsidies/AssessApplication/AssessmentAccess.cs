using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Subsidies.Schemes;
using Wijkpeil.Domain.Subsidies;

namespace Wijkpeil.App.Modules.Subsidies.AssessApplication;

/// <summary>
/// Who may act on an assessment: only the account it is assigned to, while it is active (a declared conflict ends
/// it), and only while that account may still assess for the scheme's gemeente (a withdrawn role counts at once).
/// </summary>
internal static class AssessmentAccess
{
    /// <summary>The account id the principal signed in with (Identity's name identifier).</summary>
    public static string? AccountId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static Task<Assessment?> AssessmentAsync(WijkpeilDbContext db, int id, bool tracked, CancellationToken ct)
    {
        var query = db.SubsidyAssessments.Include(a => a.Scores);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, ct);
    }

    /// <summary>
    /// The assessment with its application and scheme when <paramref name="user"/> is its active assessor; else a
    /// refusal: not found when it does not exist, forbidden for anybody else (who may not learn more than that).
    /// </summary>
    public static async Task<Outcome<AssessorContext>> ForAssessorAsync(WijkpeilDbContext db, int assessmentId, ClaimsPrincipal user, bool tracked, CancellationToken ct)
    {
        var assessment = await AssessmentAsync(db, assessmentId, tracked, ct);
        if (assessment is null)
        {
            return AssessProblems.AssessmentNotFound(assessmentId);
        }

        var application = await SchemeAccess.ApplicationAsync(db, assessment.ApplicationId, tracked: false, ct);
        var scheme = application is null ? null : await SchemeAccess.SchemeAsync(db, application.SchemeId, tracked: false, ct);
        if (application is null || scheme is null
            || !assessment.IsActive
            || AccountId(user) is not { } accountId
            || !string.Equals(accountId, assessment.AssessorId, StringComparison.Ordinal)
            || !WijkpeilPermissions.CanAssessSubsidies(user, scheme.Gemeente))
        {
            return SubsidyProblems.Forbidden();
        }

        return new AssessorContext(assessment, application, scheme);
    }
}

/// <summary>An assessment its assessor may act on, with what it belongs to.</summary>
internal sealed record AssessorContext(Assessment Assessment, SubsidyApplication Application, SubsidyScheme Scheme);

/// <summary>
/// What the audit trail keeps of an assessment: the assignment, the declaration with its note (Awb 2:4 asks that a
/// conflict can be shown afterwards) and the submitted scores; never the applicant's personal data.
/// </summary>
internal sealed record AssessmentSnapshot(
    int ApplicationId,
    string Assessor,
    ConflictDeclaration Declaration,
    string? ConflictNote,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<AssessmentSnapshot.ScoreLine> Scores)
{
    public static AssessmentSnapshot Of(Assessment assessment) =>
        new(
            assessment.ApplicationId,
            assessment.AssessorName,
            assessment.Declaration,
            assessment.ConflictNote,
            assessment.SubmittedAt,
            [.. assessment.Scores.OrderBy(s => s.CriterionId).Select(s => new ScoreLine(s.CriterionId, s.Score, s.NotApplicable, s.Reason))]);

    internal sealed record ScoreLine(int CriterionId, int? Score, bool NotApplicable, string Reason);
}
